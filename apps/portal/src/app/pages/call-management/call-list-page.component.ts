import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { CALL_SORTS, CALL_STATUSES, type CallDto, type CallSort, type CallStatus, type LocalizedText, type Page } from '@skema/contracts';
import { Subject, combineLatest, debounceTime, distinctUntilChanged, map, startWith, switchMap } from 'rxjs';
import { LanguageService } from '../../core/i18n/language.service';
import { LOADING, Loadable, loadable } from '../../shared/data/loadable';
import { ErrorStateComponent } from '../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../shared/loading/loading-indicator.component';
import { SkDatePipe } from '../../shared/pipes/date.pipe';
import { SkMoneyPipe } from '../../shared/pipes/money.pipe';
import { PaginatorIntlService } from '../../shared/table/paginator-intl.service';
import { hasEvaluation } from '../evaluation-management/evaluation-link';
import { PAGE_SIZES, callListQueryFromParams, callListQueryParams } from './call-list-query';
import { CallListQuery, CallManagementApi } from './call-management-api';
import { CallStatusChipComponent } from './call-status-chip.component';

/** `/manage/calls`: every call in every state, to find, filter and open; and the way to a new one. */
@Component({
  selector: 'sk-call-list-page',
  imports: [
    CallStatusChipComponent,
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatAnchor,
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
    RouterLink,
    SkDatePipe,
    SkMoneyPipe,
    TranslocoDirective,
  ],
  providers: [PaginatorIntlService.provider],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './call-list-page.component.html',
  styleUrl: './call-list-page.component.scss',
})
export class CallListPageComponent {
  private readonly api = inject(CallManagementApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly language = inject(LanguageService);

  protected readonly columns = ['reference', 'title', 'status', 'opensAt', 'deadline', 'totalBudget'];
  protected readonly statuses = CALL_STATUSES;
  protected readonly sorts = CALL_SORTS;
  protected readonly pageSizes = [...PAGE_SIZES];
  protected readonly hasEvaluation = hasEvaluation;

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(callListQueryFromParams)), { requireSync: true });
  protected readonly sortField = computed(() => this.query().sort.replace(/^-/, ''));
  protected readonly sortDirection = computed(() => (this.query().sort.startsWith('-') ? 'desc' : 'asc'));

  protected readonly search = new FormControl(this.query().q, { nonNullable: true });
  protected readonly statusFilter = new FormControl<CallStatus | null>(this.query().status);
  protected readonly sortControl = new FormControl<CallSort>(this.query().sort, { nonNullable: true });

  private readonly reloads = new Subject<void>();
  protected readonly state = toSignal(
    combineLatest([toObservable(this.query), this.reloads.pipe(startWith(undefined))]).pipe(
      switchMap(([query]) => loadable(this.api.list(query))),
    ),
    { initialValue: LOADING as Loadable<Page<CallDto>> },
  );

  constructor() {
    // Typing narrows the list after a pause, not on every key: one request (and one history entry) per thought.
    this.search.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed())
      // A search typed just before following a link (e.g. "New call") must not pull the person back.
      .subscribe((q) => {
        if (!this.router.currentNavigation()) this.navigate({ q, page: 1 });
      });
    this.statusFilter.valueChanges.pipe(takeUntilDestroyed()).subscribe((status) => this.navigate({ status, page: 1 }));
    this.sortControl.valueChanges.pipe(takeUntilDestroyed()).subscribe((sort) => this.navigate({ sort, page: 1 }));
    // Back and Forward change the address: the filters follow it.
    effect(() => {
      const query = this.query();
      if (this.search.value.trim() !== query.q.trim()) this.search.setValue(query.q, { emitEvent: false });
      this.statusFilter.setValue(query.status, { emitEvent: false });
      this.sortControl.setValue(query.sort, { emitEvent: false });
    });
  }

  protected sortBy(sort: Sort): void {
    const field = sort.active || 'createdAt';
    const value = (sort.direction === 'asc' ? field : `-${field}`) as CallSort;
    this.navigate({ sort: value, page: 1 });
  }

  protected changePage(event: PageEvent): void {
    this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected reload(): void {
    this.reloads.next();
  }

  protected localized(text: LocalizedText): string {
    return text[this.language.language()] || text.sq;
  }

  private navigate(changes: Partial<CallListQuery>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: callListQueryParams({ ...this.query(), ...changes }) });
  }
}
