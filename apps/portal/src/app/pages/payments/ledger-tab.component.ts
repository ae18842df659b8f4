import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { PAYMENT_STATUSES, type PaymentDto, type PaymentStatus, REGION_CODES, type RegionCode } from '@skema/contracts';
import { debounceTime, distinctUntilChanged, firstValueFrom, map } from 'rxjs';
import { describeApiFailure } from '../../core/http/api-failure';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorStateComponent } from '../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../shared/loading/loading-indicator.component';
import { SkDatePipe } from '../../shared/pipes/date.pipe';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { SkMoneyPipe } from '../../shared/pipes/money.pipe';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { PaginatorIntlService } from '../../shared/table/paginator-intl.service';
import { blobFailure } from '../application/application-editor';
import { FileSaver } from '../applications/file-saver';
import { regionName } from '../evaluation-management/evaluation-tabs';
import { SEARCH_MAX_LENGTH } from '../evaluation-management/list-query';
import { type ChipTone, StateChipComponent } from '../evaluation-management/state-chip.component';
import { grantLink } from './grant-link';
import { pagedList } from './paged-list';
import { ledgerQueryFromParams, ledgerQueryParams, samePaymentQuery } from './payment-query';
import { type PaymentQuery, type PaymentSort, PaymentsApi } from './payments-api';

const STATUS_TONES: Readonly<Record<PaymentStatus, ChipTone>> = {
  requested: 'progress',
  approved: 'warning',
  paid: 'success',
  rejected: 'danger',
};

const STATUS_ICONS: Readonly<Record<PaymentStatus, string>> = {
  requested: 'hourglass_top',
  approved: 'task_alt',
  paid: 'paid',
  rejected: 'block',
};

/**
 * Every payment in every state, a page at a time, searched (CSO, contract number, bank reference),
 * filtered by state and region and sorted by the API; filters, order and page live in the address.
 * The whole ledger downloads as CSV.
 */
@Component({
  selector: 'sk-ledger-tab',
  imports: [
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatButton,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatPaginator,
    MatPrefix,
    MatProgressSpinner,
    MatSelect,
    MatSort,
    MatSortHeader,
    MatTableModule,
    NoticeComponent,
    ReactiveFormsModule,
    RouterLink,
    SkDatePipe,
    SkMoneyPipe,
    StateChipComponent,
    TranslocoDirective,
  ],
  providers: [PaginatorIntlService.provider],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './ledger-tab.component.html',
  styleUrl: './payment-table.scss',
})
export class LedgerTabComponent {
  private readonly api = inject(PaymentsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  private readonly saver = inject(FileSaver);

  protected readonly statuses = PAYMENT_STATUSES;
  protected readonly searchMaxLength = SEARCH_MAX_LENGTH;
  protected readonly columns = [
    'contract',
    'organisation',
    'status',
    'amountCents',
    'preparedAt',
    'approved',
    'paidOn',
  ];
  protected readonly pageSizes = [10, 20, 50, 100];
  protected readonly grantLink = grantLink;

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(ledgerQueryFromParams)), {
    requireSync: true,
    equal: samePaymentQuery,
  });
  protected readonly sortField = computed(() => this.query().sort.replace(/^-/, ''));
  protected readonly sortDirection = computed(() => (this.query().sort.startsWith('-') ? 'desc' : 'asc'));
  protected readonly filtered = computed(() => {
    const { q, status, region } = this.query();
    return !!(q || status || region);
  });
  protected readonly regions = computed(() =>
    REGION_CODES.map((code) => ({ code, name: regionName(code, this.language.language()) })),
  );

  protected readonly list = pagedList(
    this.query,
    (query) => this.api.list(query),
    (page) => void this.navigate({ page }, true),
  );

  protected readonly exporting = signal(false);
  /** The name of the file the last export saved, announced to screen readers. */
  protected readonly exportedFile = signal<string | null>(null);
  protected readonly exportFailure = signal<string | null>(null);

  protected readonly search = new FormControl(this.query().q, { nonNullable: true });
  protected readonly statusFilter = new FormControl<PaymentStatus | null>(this.query().status);
  protected readonly regionFilter = new FormControl<RegionCode | null>(this.query().region);

  constructor() {
    this.search.valueChanges.pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed()).subscribe((q) => {
      if (!this.router.currentNavigation()) void this.navigate({ q, page: 1 });
    });
    this.statusFilter.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((status) => void this.navigate({ status, page: 1 }));
    this.regionFilter.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((region) => void this.navigate({ region, page: 1 }));
    // Back and Forward change the address: the filters follow it.
    effect(() => {
      const query = this.query();
      if (this.search.value.trim() !== query.q) this.search.setValue(query.q, { emitEvent: false });
      this.statusFilter.setValue(query.status, { emitEvent: false });
      this.regionFilter.setValue(query.region, { emitEvent: false });
    });
  }

  /** Mat-table rows are untyped in templates: each cell reads its row through here. */
  protected row(row: PaymentDto): PaymentDto {
    return row;
  }

  protected toneOf(payment: PaymentDto): ChipTone {
    return STATUS_TONES[payment.status];
  }

  protected iconOf(payment: PaymentDto): string {
    return STATUS_ICONS[payment.status];
  }

  protected sortBy(sort: Sort): void {
    const field = sort.active || 'preparedAt';
    void this.navigate({ sort: (sort.direction === 'asc' ? field : `-${field}`) as PaymentSort, page: 1 });
  }

  protected changePage(event: PageEvent): void {
    void this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected clearFilters(): void {
    void this.navigate({ q: '', status: null, region: null, page: 1 });
  }

  /** The whole ledger (every payment, whatever the filters), as CSV for a spreadsheet. */
  protected async exportCsv(): Promise<void> {
    if (this.exporting()) return;
    this.exporting.set(true);
    this.exportedFile.set(null);
    this.exportFailure.set(null);
    try {
      const { blob, fileName } = await firstValueFrom(this.api.ledgerCsv());
      this.saver.save(blob, fileName);
      this.exportedFile.set(fileName);
    } catch (caught: unknown) {
      this.exportFailure.set(describeApiFailure(await blobFailure(caught), this.transloco));
    } finally {
      this.exporting.set(false);
    }
  }

  /** `replaceUrl` for a correction the person did not ask for, which Back should not return to. */
  private navigate(changes: Partial<PaymentQuery>, replaceUrl = false): Promise<boolean> {
    const queryParams = ledgerQueryParams({ ...this.query(), ...changes });
    return this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge', replaceUrl });
  }
}
