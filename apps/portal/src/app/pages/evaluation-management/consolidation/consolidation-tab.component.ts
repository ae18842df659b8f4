import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
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
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  CONSOLIDATION_STATUSES,
  type CallDto,
  type ConsolidationRowDto,
  type ConsolidationSort,
  type ConsolidationStatusDto,
  type Page,
} from '@skema/contracts';
import { Subject, combineLatest, debounceTime, distinctUntilChanged, map, startWith, switchMap } from 'rxjs';
import { LanguageService } from '../../../core/i18n/language.service';
import { LOADING, type Loadable, loadable } from '../../../shared/data/loadable';
import { ErrorStateComponent } from '../../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../../shared/loading/loading-indicator.component';
import { PaginatorIntlService } from '../../../shared/table/paginator-intl.service';
import { EvaluationManagementApi } from '../evaluation-management-api';
import { regionName } from '../evaluation-tabs';
import { SkPointsPipe } from '../points.pipe';
import { StateChipComponent } from '../state-chip.component';
import { ApplicationEvaluationsComponent } from './application-evaluations.component';
import { CONSOLIDATION_TONES } from './consolidation-tones';
import {
  type ConsolidationView,
  SEARCH_MAX_LENGTH,
  consolidationViewFromParams,
  consolidationViewParams,
  sameQuery,
} from './consolidation-query';

/**
 * Consolidation and divergences: every application in evaluation with its consolidated score, the
 * spread between its evaluators and whether it needs a third evaluator or a moderation (divergent rows
 * stand out). Filters, order, page and the open application live in the address.
 */
@Component({
  selector: 'sk-consolidation-tab',
  imports: [
    ApplicationEvaluationsComponent,
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
    MatSelect,
    MatSort,
    MatSortHeader,
    MatTableModule,
    ReactiveFormsModule,
    SkPointsPipe,
    StateChipComponent,
    TranslocoDirective,
  ],
  providers: [PaginatorIntlService.provider],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './consolidation-tab.component.html',
  styleUrl: './consolidation-tab.component.scss',
})
export class ConsolidationTabComponent {
  private readonly api = inject(EvaluationManagementApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  readonly call = input.required<CallDto>();

  protected readonly statuses = CONSOLIDATION_STATUSES;
  protected readonly searchMaxLength = SEARCH_MAX_LENGTH;
  protected readonly columns = [
    'reference',
    'organisation',
    'lot',
    'sheets',
    'consolidation',
    'total',
    'spread',
    'open',
  ];
  protected readonly pageSizes = [10, 20, 50, 100];

  protected readonly view = toSignal(this.route.queryParamMap.pipe(map(consolidationViewFromParams)), {
    requireSync: true,
  });
  private readonly query = computed(
    () => {
      const { application: _application, ...query } = this.view();
      return query;
    },
    { equal: sameQuery },
  );
  protected readonly sortField = computed(() => this.query().sort.replace(/^-/, ''));
  protected readonly sortDirection = computed(() => (this.query().sort.startsWith('-') ? 'desc' : 'asc'));
  protected readonly filtered = computed(() => !!(this.query().lotId || this.query().consolidation || this.query().q));

  protected readonly search = new FormControl(this.view().q, { nonNullable: true });
  protected readonly lotFilter = new FormControl<string | null>(this.view().lotId);
  protected readonly statusFilter = new FormControl<ConsolidationStatusDto | null>(this.view().consolidation);

  private readonly reloads = new Subject<void>();
  protected readonly state = toSignal(
    combineLatest([toObservable(this.call), toObservable(this.query), this.reloads.pipe(startWith(undefined))]).pipe(
      switchMap(([call, query]) => loadable(this.api.consolidations(call.id, query))),
    ),
    { initialValue: LOADING as Loadable<Page<ConsolidationRowDto>> },
  );
  /** The page on screen: kept while the next loads, so the sort header or paginator keeps focus. */
  protected readonly shown = signal<Page<ConsolidationRowDto> | null>(null);
  private readonly openedReference = signal<string | null>(null);
  protected readonly openReference = computed(() => {
    const id = this.view().application;
    return this.shown()?.items.find((row) => row.applicationId === id)?.reference ?? this.openedReference();
  });

  constructor() {
    effect(() => {
      const state = this.state();
      if (state.kind === 'loaded') this.shown.set(state.value);
      if (state.kind === 'failed') this.shown.set(null);
    });
    this.search.valueChanges.pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed()).subscribe((q) => {
      if (!this.router.currentNavigation()) void this.navigate({ q, page: 1 });
    });
    this.lotFilter.valueChanges.pipe(takeUntilDestroyed()).subscribe((lotId) => void this.navigate({ lotId, page: 1 }));
    this.statusFilter.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((consolidation) => void this.navigate({ consolidation, page: 1 }));
    // Back and Forward change the address: the filters follow it.
    effect(() => {
      const view = this.view();
      if (this.search.value.trim() !== view.q) this.search.setValue(view.q, { emitEvent: false });
      this.lotFilter.setValue(view.lotId, { emitEvent: false });
      this.statusFilter.setValue(view.consolidation, { emitEvent: false });
    });
  }

  protected toneOf(status: ConsolidationStatusDto) {
    return CONSOLIDATION_TONES[status];
  }

  protected region(code: string): string {
    return regionName(code, this.language.language());
  }

  protected sortBy(sort: Sort): void {
    const field = sort.active || 'reference';
    void this.navigate({ sort: (sort.direction === 'desc' ? `-${field}` : field) as ConsolidationSort, page: 1 });
  }

  protected changePage(event: PageEvent): void {
    void this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected clearFilters(): void {
    void this.navigate({ lotId: null, consolidation: null, q: '', page: 1 });
  }

  protected async open(row: ConsolidationRowDto): Promise<void> {
    this.openedReference.set(row.reference);
    await this.navigate({ application: row.applicationId });
    setTimeout(() => this.host.querySelector<HTMLElement>('#evaluations-heading')?.focus());
  }

  protected close(): void {
    void this.navigate({ application: null });
  }

  /** A moderation or a new evaluator changed the application: its row (and maybe its order) too. */
  protected reload(): void {
    this.reloads.next();
  }

  private navigate(changes: Partial<ConsolidationView>): Promise<boolean> {
    const queryParams = consolidationViewParams({ ...this.view(), ...changes });
    return this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
