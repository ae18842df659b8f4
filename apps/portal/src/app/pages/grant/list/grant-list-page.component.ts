import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatHint, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  GRANT_STATUSES,
  type GrantStatus,
  type GrantSummaryDto,
  type Page,
  REGION_CODES,
  type RegionCode,
} from '@skema/contracts';
import { Subject, combineLatest, debounceTime, distinctUntilChanged, map, startWith, switchMap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { LanguageService } from '../../../core/i18n/language.service';
import { LOADING, type Loadable, loadable } from '../../../shared/data/loadable';
import { EmptyStateComponent } from '../../../shared/empty-state/empty-state.component';
import { ErrorStateComponent } from '../../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../../shared/loading/loading-indicator.component';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { SkMoneyPipe } from '../../../shared/pipes/money.pipe';
import { PaginatorIntlService } from '../../../shared/table/paginator-intl.service';
import { regionName } from '../../evaluation-management/evaluation-tabs';
import { SEARCH_MAX_LENGTH } from '../../evaluation-management/list-query';
import { type ChipTone, StateChipComponent } from '../../evaluation-management/state-chip.component';
import { GrantApi } from '../grant-api';
import { GRANT_STATUS_TONES, wholePercent } from '../grant-figures';
import { MoneyBarComponent } from '../money-bar.component';
import {
  type GrantListQuery,
  type GrantSort,
  grantListQueryFromParams,
  grantListQueryParams,
  hasGrantFilters,
  sameGrantListQuery,
} from './grant-list-query';

/**
 * `/my-grants`: grant contracts a page at a time. A CSO's staff see their own CSO's (the API draws
 * that line), programme and finance staff every one; filtered by status, region and a search, sorted
 * and paged by the API, with filters, order and page in the address so a reload, Back or a shared
 * link show the same list.
 */
@Component({
  selector: 'sk-grant-list-page',
  imports: [
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatButton,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatPaginator,
    MatPrefix,
    MatSelect,
    MatSort,
    MatSortHeader,
    MatTableModule,
    MoneyBarComponent,
    ReactiveFormsModule,
    RouterLink,
    SkDatePipe,
    SkMoneyPipe,
    StateChipComponent,
    TranslocoDirective,
  ],
  providers: [PaginatorIntlService.provider],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './grant-list-page.component.html',
  styleUrl: './grant-list-page.component.scss',
})
export class GrantListPageComponent {
  private readonly api = inject(GrantApi);
  private readonly auth = inject(AuthService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService).language;

  /** A CSO's staff read "our grants"; everyone else (programme and finance staff) the whole scheme's. */
  protected readonly view: 'own' | 'staff' = this.auth.user()?.organisation ? 'own' : 'staff';
  protected readonly columns = [
    'contractNumber',
    'organisation',
    'region',
    'status',
    'awardCents',
    'paid',
    'startDate',
  ];
  protected readonly pageSizes = [10, 20, 50, 100];
  protected readonly statuses = GRANT_STATUSES;
  protected readonly searchMaxLength = SEARCH_MAX_LENGTH;
  protected readonly regions = computed(() => {
    const language = this.language();
    return REGION_CODES.map((code) => ({ code, name: regionName(code, language) }));
  });

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(grantListQueryFromParams)), {
    requireSync: true,
    equal: sameGrantListQuery,
  });
  protected readonly sortField = computed(() => this.query().sort.replace(/^-/, ''));
  protected readonly sortDirection = computed(() => (this.query().sort.startsWith('-') ? 'desc' : 'asc'));
  protected readonly filtered = computed(() => hasGrantFilters(this.query()));

  protected readonly search = new FormControl(this.query().q, { nonNullable: true });
  protected readonly statusFilter = new FormControl<GrantStatus | null>(this.query().status);
  protected readonly regionFilter = new FormControl<RegionCode | null>(this.query().region);

  private readonly reloads = new Subject<void>();
  protected readonly state = toSignal(
    combineLatest([toObservable(this.query), this.reloads.pipe(startWith(undefined))]).pipe(
      switchMap(([query]) => loadable(this.api.list(query))),
    ),
    { initialValue: LOADING as Loadable<Page<GrantSummaryDto>> },
  );
  /** The page on screen: kept while the next one loads, so the sort header or paginator keeps focus. */
  protected readonly shown = linkedSignal<Loadable<Page<GrantSummaryDto>>, Page<GrantSummaryDto> | null>({
    source: this.state,
    computation: (state, previous) => {
      if (state.kind === 'loaded') return state.value;
      return state.kind === 'loading' ? (previous?.value ?? null) : null;
    },
  });

  constructor() {
    this.search.valueChanges.pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed()).subscribe((q) => {
      if (q.trim() !== this.query().q) void this.navigate({ q: q.trim(), page: 1 });
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

  /** Mat-table rows are untyped in templates: what a row needs is computed here, where it has its type. */
  protected toneOf(grant: GrantSummaryDto): ChipTone {
    return GRANT_STATUS_TONES[grant.status];
  }

  protected paidPercent(grant: GrantSummaryDto): number {
    return wholePercent(grant.paidCents, grant.awardCents);
  }

  protected regionOf(grant: GrantSummaryDto): string {
    return regionName(grant.regionCode, this.language());
  }

  protected sortBy(sort: Sort): void {
    const field = sort.active || 'createdAt';
    void this.navigate({ sort: (sort.direction === 'desc' ? `-${field}` : field) as GrantSort, page: 1 });
  }

  protected changePage(event: PageEvent): void {
    void this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    void this.navigate({ q: '', status: null, region: null, page: 1 });
  }

  protected reload(): void {
    this.reloads.next();
  }

  private navigate(changes: Partial<GrantListQuery>): Promise<boolean> {
    const queryParams = grantListQueryParams({ ...this.query(), ...changes });
    return this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
