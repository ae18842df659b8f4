import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatSort, MatSortHeader, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { MyEvaluationDto, REGION_NAMES, isRegionCode } from '@skema/contracts';
import { Subject, distinctUntilChanged, map, startWith, switchMap } from 'rxjs';
import { LanguageService } from '../../core/i18n/language.service';
import { LOADING, Loadable, loadable } from '../../shared/data/loadable';
import { EmptyStateComponent } from '../../shared/empty-state/empty-state.component';
import { ErrorStateComponent } from '../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../shared/loading/loading-indicator.component';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { PaginatorIntlService } from '../../shared/table/paginator-intl.service';
import { injectDeclarationDialog } from './declaration/declaration-dialog.component';
import { EvaluationFiltersComponent } from './evaluation-filters.component';
import { EvaluationStateComponent } from './evaluation-state.component';
import { EvaluationsApi } from './evaluations-api';
import {
  EvaluationFilters,
  EvaluationSortField,
  EvaluationsQuery,
  NO_EVALUATION_FILTERS,
  PAGE_SIZE_OPTIONS,
  actionFor,
  callOptions,
  evaluationsQueryParams,
  evaluationsView,
  hasEvaluationFilters,
  parseEvaluationsQuery,
  sameEvaluationsQuery,
} from './evaluations-query';

const COLUMNS = ['reference', 'call', 'region', 'declaration', 'sheet', 'action'];
const HEADING_ID = 'evaluations-heading';

/**
 * `/evaluations`: the evaluator's assignments, each with what to do next — sign the declaration of
 * impartiality and confidentiality (in a dialog, before anything of the application is shown), score,
 * or view a submitted sheet. The list is small and fetched whole, so filters, order and paging work on
 * the device; they live in the address bar all the same, so a reload or the back button keeps them.
 */
@Component({
  selector: 'sk-evaluations-page',
  imports: [
    EmptyStateComponent,
    ErrorStateComponent,
    EvaluationFiltersComponent,
    EvaluationStateComponent,
    LoadingIndicatorComponent,
    MatAnchor,
    MatButton,
    MatIcon,
    MatPaginator,
    MatSort,
    MatSortHeader,
    MatTableModule,
    NoticeComponent,
    RouterLink,
    TranslocoDirective,
  ],
  providers: [PaginatorIntlService.provider],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './evaluations-page.component.html',
  styleUrl: './evaluations-page.component.scss',
})
export class EvaluationsPageComponent {
  private readonly api = inject(EvaluationsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly language = inject(LanguageService);
  private readonly openDeclaration = injectDeclarationDialog();

  protected readonly columns = COLUMNS;
  protected readonly headingId = HEADING_ID;
  protected readonly pageSizeOptions = [...PAGE_SIZE_OPTIONS];
  protected readonly actionFor = actionFor;

  protected readonly query = toSignal(
    this.route.queryParamMap.pipe(map(parseEvaluationsQuery), distinctUntilChanged(sameEvaluationsQuery)),
    { requireSync: true },
  );
  protected readonly sortField = computed(() => this.query().sort?.replace(/^-/, '') ?? '');
  protected readonly sortDirection = computed(() => {
    const sort = this.query().sort;
    return sort ? (sort.startsWith('-') ? 'desc' : 'asc') : '';
  });
  protected readonly filtered = computed(() => hasEvaluationFilters(this.query()));

  private readonly reloads = new Subject<void>();
  protected readonly state = toSignal(
    this.reloads.pipe(
      startWith(undefined),
      switchMap(() => loadable(this.api.mine())),
    ),
    {
      initialValue: LOADING as Loadable<MyEvaluationDto[]>,
    },
  );
  private readonly rows = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.value : null;
  });
  protected readonly calls = computed(() => callOptions(this.rows() ?? []));
  protected readonly view = computed(() => {
    const rows = this.rows();
    if (!rows) return null;
    const language = this.language.language();
    return evaluationsView(rows, this.query(), (code) => this.regionName(code, language), language);
  });

  /** Said after a conflict was declared: the application went back for reassignment. */
  protected readonly announcement = signal<string | null>(null);

  protected regionName(code: string, language = this.language.language()): string {
    return isRegionCode(code) ? REGION_NAMES[code][language] : code;
  }

  protected reference(row: MyEvaluationDto): string {
    return row.applicationReference ?? '—';
  }

  protected reload(): void {
    this.reloads.next();
  }

  protected changeFilters(filters: EvaluationFilters): void {
    void this.navigate({ ...this.query(), ...filters, page: 1 });
  }

  protected clearFilters(): void {
    void this.navigate({ ...this.query(), ...NO_EVALUATION_FILTERS, page: 1 });
  }

  protected sortBy(sort: Sort): void {
    const field = sort.active as EvaluationSortField;
    const order = sort.direction === '' ? null : sort.direction === 'desc' ? (`-${field}` as const) : field;
    void this.navigate({ ...this.query(), sort: order, page: 1 });
  }

  protected changePage(event: PageEvent): void {
    void this.navigate({ ...this.query(), page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  /**
   * The declaration comes first, in a dialog. Signed: straight on to scoring. A conflict: the
   * application leaves the evaluator's work, which the list (reloaded) and a message say; focus goes
   * to that message, since the button that opened the dialog is gone.
   */
  protected declare(row: MyEvaluationDto): void {
    this.announcement.set(null);
    this.openDeclaration({ assignmentId: row.id, subject: row }).subscribe((declared) => {
      if (!declared) return;
      if (declared.declaration === 'signed') {
        void this.router.navigate(['/evaluations', declared.id]);
        return;
      }
      this.announcement.set(declared.applicationReference ?? this.reference(row));
      this.reload();
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.announcement')?.focus(), {
        injector: this.injector,
      });
    });
  }

  private navigate(query: EvaluationsQuery): Promise<boolean> {
    return this.router.navigate([], {
      relativeTo: this.route,
      queryParams: evaluationsQueryParams(query),
      queryParamsHandling: 'merge',
    });
  }
}
