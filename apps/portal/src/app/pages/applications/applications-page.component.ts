import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, linkedSignal, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatSort, MatSortHeader, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { ApplicationSummaryDto, Page, REGION_NAMES, RegionCode } from '@skema/contracts';
import { Observable, Subject, catchError, combineLatest, distinctUntilChanged, finalize, map, of, startWith, switchMap } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { describeApiFailure, toApiFailure } from '../../core/http/api-failure';
import { LanguageService } from '../../core/i18n/language.service';
import { LOADING, Loadable, loadable } from '../../shared/data/loadable';
import { EmptyStateComponent } from '../../shared/empty-state/empty-state.component';
import { ErrorStateComponent } from '../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../shared/loading/loading-indicator.component';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { SkDatePipe } from '../../shared/pipes/date.pipe';
import { PaginatorIntlService } from '../../shared/table/paginator-intl.service';
import { ApplicationFiltersComponent } from './application-filters.component';
import { ApplicationStatusComponent } from './application-status.component';
import { ApplicationsApi, CallOption } from './applications-api';
import {
  ApplicationFilters,
  ApplicationSortField,
  ApplicationsQuery,
  PAGE_SIZE_OPTIONS,
  applicationsQueryParams,
  hasFilters,
  parseApplicationsQuery,
  sameQuery,
} from './applications-query';
import { FileSaver } from './file-saver';

const STAFF_COLUMNS = ['reference', 'organisation', 'call', 'region', 'status', 'submittedAt', 'updatedAt'];
const APPLICANT_COLUMNS = ['reference', 'call', 'region', 'status', 'updatedAt', 'submittedAt', 'deadline'];

/**
 * `/applications`, for whoever is looking. A CSO's staff follow their own applications (drafts
 * included) and the deadlines still ahead; scheme staff search the submitted ones of every CSO and
 * export them. The API draws the same line, so the page only chooses what to show. Filters, order
 * and page live in the address bar: a reload, the back button or a shared link show the same list.
 */
@Component({
  selector: 'sk-applications-page',
  imports: [
    ApplicationFiltersComponent,
    ApplicationStatusComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatAnchor,
    MatButton,
    MatIcon,
    MatPaginator,
    MatProgressSpinner,
    MatSort,
    MatSortHeader,
    MatTableModule,
    NoticeComponent,
    RouterLink,
    SkDatePipe,
    TranslocoDirective,
  ],
  providers: [PaginatorIntlService.provider],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './applications-page.component.html',
  styleUrl: './applications-page.component.scss',
})
export class ApplicationsPageComponent {
  private readonly api = inject(ApplicationsApi);
  private readonly auth = inject(AuthService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly saver = inject(FileSaver);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly language = inject(LanguageService).language;

  /**
   * Staff's view for whoever the API answers with the submitted applications of every CSO (those
   * who may export them), or anyone without a CSO of their own; a CSO's staff see their own.
   */
  protected readonly staff = this.auth.can('applications.export') || !this.auth.user()?.organisation;
  protected readonly canExport = this.auth.can('applications.export');
  protected readonly columns = this.staff ? STAFF_COLUMNS : APPLICANT_COLUMNS;
  protected readonly pageSizeOptions = [...PAGE_SIZE_OPTIONS];

  protected readonly query = toSignal(
    this.route.queryParamMap.pipe(
      map((params) => parseApplicationsQuery(params, this.staff)),
      distinctUntilChanged(sameQuery),
    ),
    { requireSync: true },
  );
  protected readonly sortField = computed(() => this.query().sort.replace(/^-/, ''));
  protected readonly sortDirection = computed(() => (this.query().sort.startsWith('-') ? 'desc' : 'asc'));
  protected readonly filtered = computed(() => hasFilters(this.query()));

  private readonly reloads = new Subject<void>();
  protected readonly state = toSignal(
    combineLatest([toObservable(this.query), this.reloads.pipe(startWith(undefined))]).pipe(
      switchMap(([query]) => loadable(this.api.list(query))),
    ),
    { initialValue: LOADING as Loadable<Page<ApplicationSummaryDto>> },
  );
  /**
   * The page on screen: while the next one loads the previous stays, so the paginator or the sort
   * header the person just used keeps its place and focus.
   */
  protected readonly shown = linkedSignal<Loadable<Page<ApplicationSummaryDto>>, Page<ApplicationSummaryDto> | null>({
    source: this.state,
    computation: (state, previous) => {
      if (state.kind === 'loaded') return state.value;
      return state.kind === 'loading' ? (previous?.value ?? null) : null;
    },
  });

  /** Calls staff may filter by; null when they could not be loaded. */
  protected readonly calls = toSignal(this.callOptions(), { initialValue: [] as readonly CallOption[] | null });
  /** For an applicant: deadlines of the calls still open, by call id. */
  protected readonly deadlines = toSignal(this.deadlinesAhead(), { initialValue: new Map<string, string>() as ReadonlyMap<string, string> });

  protected readonly exporting = signal(false);
  /** The name of the file the last export saved, announced to screen readers. */
  protected readonly exportedFile = signal<string | null>(null);
  /** Why the last export failed, in the person's language. */
  protected readonly exportFailure = signal<string | null>(null);

  protected regionName(code: RegionCode): string {
    return REGION_NAMES[code][this.language()];
  }

  protected reload(): void {
    this.reloads.next();
  }

  protected changeFilters(filters: ApplicationFilters): void {
    void this.navigate({ ...this.query(), ...filters, page: 1 });
  }

  protected clearFilters(): void {
    void this.navigate({ ...this.query(), callId: null, region: null, status: null, q: '', page: 1 });
  }

  protected sortBy(sort: Sort): void {
    const field = (sort.active || 'updatedAt') as ApplicationSortField;
    void this.navigate({ ...this.query(), sort: sort.direction === 'desc' ? `-${field}` : field, page: 1 });
  }

  protected changePage(event: PageEvent): void {
    void this.navigate({ ...this.query(), page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  /** The CSV of everything the filters match (in the list's order), saved as the API names it. */
  protected exportCsv(): void {
    if (this.exporting()) return;
    this.exporting.set(true);
    this.exportedFile.set(null);
    this.exportFailure.set(null);
    const query = this.query();
    this.api
      .exportCsv(query, query.sort)
      .pipe(
        finalize(() => this.exporting.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: ({ blob, fileName }) => {
          this.saver.save(blob, fileName);
          this.exportedFile.set(fileName);
        },
        error: (error: unknown) => this.exportFailure.set(describeApiFailure(toApiFailure(error), this.transloco)),
      });
  }

  private navigate(query: ApplicationsQuery): Promise<boolean> {
    return this.router.navigate([], {
      relativeTo: this.route,
      queryParams: applicationsQueryParams(query),
      queryParamsHandling: 'merge',
    });
  }

  private callOptions(): Observable<readonly CallOption[] | null> {
    if (!this.staff || !this.auth.can('calls.manage')) return of([]);
    return this.api.callOptions().pipe(catchError(() => of(null)));
  }

  private deadlinesAhead(): Observable<ReadonlyMap<string, string>> {
    if (this.staff) return of(new Map<string, string>());
    // Without them the list is still whole: the column just shows no deadline.
    return this.api.openCallDeadlines().pipe(catchError(() => of(new Map<string, string>())));
  }
}
