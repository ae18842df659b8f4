import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltip } from '@angular/material/tooltip';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  type AssignmentSort,
  DECLARATIONS,
  type Declaration,
  type EvaluationAssignmentDto,
  type EvaluatorOptionDto,
  type Page,
} from '@skema/contracts';
import { Subject, combineLatest, debounceTime, distinctUntilChanged, map, startWith, switchMap } from 'rxjs';
import { LOADING, type Loadable, loadable } from '../../../shared/data/loadable';
import { ErrorStateComponent } from '../../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../../shared/loading/loading-indicator.component';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { PaginatorIntlService } from '../../../shared/table/paginator-intl.service';
import { type AssignmentQuery, EvaluationManagementApi } from '../evaluation-management-api';
import { SEARCH_MAX_LENGTH } from '../list-query';
import { type ChipTone, StateChipComponent } from '../state-chip.component';
import { assignmentQueryFromParams, assignmentQueryParams, sameAssignmentQuery } from './assignment-query';

const DECLARATION_TONES: Readonly<Record<Declaration, ChipTone>> = {
  pending: 'progress',
  signed: 'success',
  conflict: 'danger',
};

/**
 * The call's assignments a page at a time: application, evaluator, the declaration's state and a
 * declared conflict's reason, searched, filtered and sorted by the API (a large call has tens of
 * thousands); filters, order and page live in the address. A conflict stays as the record (the API
 * keeps it), so only the others can be removed.
 */
@Component({
  selector: 'sk-assignment-table',
  imports: [
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatButton,
    MatFormField,
    MatIcon,
    MatIconButton,
    MatInput,
    MatLabel,
    MatOption,
    MatPaginator,
    MatPrefix,
    MatSelect,
    MatSort,
    MatSortHeader,
    MatTableModule,
    MatTooltip,
    ReactiveFormsModule,
    RouterLink,
    SkDatePipe,
    StateChipComponent,
    TranslocoDirective,
  ],
  providers: [PaginatorIntlService.provider],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assignment-table.component.html',
  styleUrl: './assignment-table.component.scss',
})
export class AssignmentTableComponent {
  private readonly api = inject(EvaluationManagementApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  readonly callId = input.required<string>();
  /** Whom the evaluator filter offers. */
  readonly evaluators = input.required<readonly EvaluatorOptionDto[]>();
  /** Bumped when the assignments changed (a plan, an addition, a removal): the page is read again. */
  readonly revision = input(0);
  /** The assignment being removed, whose button waits. */
  readonly busyId = input<string | null>(null);
  readonly remove = output<EvaluationAssignmentDto>();

  /** Mat-table rows are untyped in templates: the tone is looked up here, where the row has its type. */
  protected toneOf(assignment: EvaluationAssignmentDto): ChipTone {
    return DECLARATION_TONES[assignment.declaration];
  }
  protected readonly declarations = DECLARATIONS;
  protected readonly searchMaxLength = SEARCH_MAX_LENGTH;
  protected readonly columns = ['reference', 'evaluator', 'declaration', 'conflictReason', 'assignedAt', 'actions'];
  protected readonly pageSizes = [10, 20, 50, 100];

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(assignmentQueryFromParams)), {
    requireSync: true,
    equal: sameAssignmentQuery,
  });
  protected readonly sortField = computed(() => this.query().sort.replace(/^-/, ''));
  protected readonly sortDirection = computed(() => (this.query().sort.startsWith('-') ? 'desc' : 'asc'));
  protected readonly filtered = computed(() => {
    const { q, declaration, evaluatorId } = this.query();
    return !!(q || declaration || evaluatorId);
  });
  protected readonly evaluatorOptions = computed(() =>
    [...this.evaluators()].sort((a, b) => a.displayName.localeCompare(b.displayName)),
  );

  protected readonly search = new FormControl(this.query().q, { nonNullable: true });
  protected readonly declarationFilter = new FormControl<Declaration | null>(this.query().declaration);
  protected readonly evaluatorFilter = new FormControl<string | null>(this.query().evaluatorId);

  private readonly reloads = new Subject<void>();
  protected readonly state = toSignal(
    combineLatest([
      toObservable(this.callId),
      toObservable(this.query),
      toObservable(this.revision),
      this.reloads.pipe(startWith(undefined)),
    ]).pipe(switchMap(([callId, query]) => loadable(this.api.assignments(callId, query)))),
    { initialValue: LOADING as Loadable<Page<EvaluationAssignmentDto>> },
  );
  /** The page on screen: kept while the next loads, so the sort header or paginator keeps focus. */
  protected readonly shown = signal<Page<EvaluationAssignmentDto> | null>(null);

  constructor() {
    effect(() => {
      const state = this.state();
      if (state.kind === 'failed') this.shown.set(null);
      if (state.kind !== 'loaded') return;
      this.shown.set(state.value);
      // The last rows of the last page were removed: show the page that is now the last.
      const { items, total, page, pageSize } = state.value;
      if (items.length === 0 && total > 0 && page > 1) void this.navigate({ page: Math.ceil(total / pageSize) }, true);
    });
    this.search.valueChanges.pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed()).subscribe((q) => {
      if (!this.router.currentNavigation()) void this.navigate({ q, page: 1 });
    });
    this.declarationFilter.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((declaration) => void this.navigate({ declaration, page: 1 }));
    this.evaluatorFilter.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((evaluatorId) => void this.navigate({ evaluatorId, page: 1 }));
    // Back and Forward change the address: the filters follow it.
    effect(() => {
      const query = this.query();
      if (this.search.value.trim() !== query.q) this.search.setValue(query.q, { emitEvent: false });
      this.declarationFilter.setValue(query.declaration, { emitEvent: false });
      this.evaluatorFilter.setValue(query.evaluatorId, { emitEvent: false });
    });
  }

  protected sortBy(sort: Sort): void {
    const field = sort.active || 'reference';
    void this.navigate({ sort: (sort.direction === 'desc' ? `-${field}` : field) as AssignmentSort, page: 1 });
  }

  protected changePage(event: PageEvent): void {
    void this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected clearFilters(): void {
    void this.navigate({ q: '', declaration: null, evaluatorId: null, page: 1 });
  }

  protected retry(): void {
    this.reloads.next();
  }

  /** `replaceUrl` for a correction the person did not ask for, which Back should not return to. */
  private navigate(changes: Partial<AssignmentQuery>, replaceUrl = false): Promise<boolean> {
    const queryParams = assignmentQueryParams({ ...this.query(), ...changes });
    return this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge', replaceUrl });
  }
}
