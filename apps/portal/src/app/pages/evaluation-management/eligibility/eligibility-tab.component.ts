import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, ParamMap, Params, Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  type ApplicationStatus,
  type ApplicationSummaryDto,
  type CallDto,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  type Page,
} from '@skema/contracts';
import { Subject, combineLatest, map, startWith, switchMap } from 'rxjs';
import { LanguageService } from '../../../core/i18n/language.service';
import { LOADING, type Loadable, loadable } from '../../../shared/data/loadable';
import { ErrorStateComponent } from '../../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../../shared/loading/loading-indicator.component';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { PaginatorIntlService } from '../../../shared/table/paginator-intl.service';
import { EvaluationManagementApi } from '../evaluation-management-api';
import { regionName } from '../evaluation-tabs';
import { type ChipTone, StateChipComponent } from '../state-chip.component';
import { EligibilityCheckComponent } from './eligibility-check.component';

/** Which applications the list shows: those awaiting the check first, then either decision, or all. */
export const ELIGIBILITY_FILTERS = ['submitted', 'eligible', 'ineligible', 'all'] as const;
export type EligibilityFilter = (typeof ELIGIBILITY_FILTERS)[number];

interface EligibilityListQuery {
  readonly filter: EligibilityFilter;
  readonly page: number;
  readonly pageSize: number;
  /** The application whose check is open. */
  readonly application: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function positive(text: string | null, fallback: number, max = 1_000_000): number {
  const value = Number(text);
  return text !== null && Number.isInteger(value) && value >= 1 && value <= max ? value : fallback;
}

function queryFromParams(params: ParamMap): EligibilityListQuery {
  const filter = params.get('status');
  const application = params.get('application');
  return {
    filter: (ELIGIBILITY_FILTERS as readonly string[]).includes(filter ?? '')
      ? (filter as EligibilityFilter)
      : 'submitted',
    page: positive(params.get('page'), 1),
    pageSize: positive(params.get('pageSize'), PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX),
    application: application && UUID.test(application) ? application : null,
  };
}

/** The check's state in a word: awaiting it, decided, or gone on to evaluation (it was eligible). */
function checkState(status: ApplicationStatus): { key: string; tone: ChipTone } {
  if (status === 'submitted') return { key: 'awaiting', tone: 'progress' };
  if (status === 'ineligible') return { key: 'ineligible', tone: 'danger' };
  if (status === 'withdrawn') return { key: 'withdrawn', tone: 'neutral' };
  return { key: 'eligible', tone: 'success' };
}

/**
 * The eligibility tab: the call's submitted applications with the state of their check, the ones
 * awaiting it first; opening one shows its checklist below the list. Filter, page and the open
 * application live in the address.
 */
@Component({
  selector: 'sk-eligibility-tab',
  imports: [
    EligibilityCheckComponent,
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatPaginator,
    MatTableModule,
    SkDatePipe,
    StateChipComponent,
    TranslocoDirective,
  ],
  providers: [PaginatorIntlService.provider],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'evaluationManagement.eligibility'">
      <h2 class="sk-section-title">{{ t('title') }}</h2>
      <p class="intro">{{ t('intro') }}</p>
      <mat-button-toggle-group
        class="filter"
        hideSingleSelectionIndicator
        [value]="query().filter"
        [attr.aria-label]="t('filterLabel')"
        (change)="navigate({ filter: $event.value, page: 1, application: null })"
      >
        @for (filter of filters; track filter) {
          <mat-button-toggle [value]="filter">{{ t('filters.' + filter) }}</mat-button-toggle>
        }
      </mat-button-toggle-group>

      @let current = state();
      @if (current.kind === 'failed') {
        <sk-error-state [failure]="current.failure" [title]="t('listFailed')" (retry)="reload()" />
      } @else if (current.kind === 'loading') {
        <sk-loading-indicator [label]="t('loadingList')" />
      } @else {
        @let page = current.value;
        <p class="sk-visually-hidden" aria-live="polite">{{ t('count', { count: page.total }) }}</p>
        <div class="table-scroll" role="region" tabindex="0" [attr.aria-label]="t('caption')">
          <table mat-table [dataSource]="page.items">
            <caption class="sk-visually-hidden">
              {{
                t('caption')
              }}
            </caption>
            <ng-container matColumnDef="reference">
              <th mat-header-cell *matHeaderCellDef>{{ t('columns.reference') }}</th>
              <td mat-cell *matCellDef="let row">{{ row.reference ?? '—' }}</td>
            </ng-container>
            <ng-container matColumnDef="organisation">
              <th mat-header-cell *matHeaderCellDef>{{ t('columns.organisation') }}</th>
              <td mat-cell *matCellDef="let row">{{ row.organisation.legalName }}</td>
            </ng-container>
            <ng-container matColumnDef="lot">
              <th mat-header-cell *matHeaderCellDef>{{ t('columns.lot') }}</th>
              <td mat-cell *matCellDef="let row">{{ region(row.regionCode) }}</td>
            </ng-container>
            <ng-container matColumnDef="submittedAt">
              <th mat-header-cell *matHeaderCellDef>{{ t('columns.submittedAt') }}</th>
              <td mat-cell *matCellDef="let row">{{ row.submittedAt | skDate: 'dateTime' }}</td>
            </ng-container>
            <ng-container matColumnDef="check">
              <th mat-header-cell *matHeaderCellDef>{{ t('columns.check') }}</th>
              <td mat-cell *matCellDef="let row">
                @let s = stateOf(row.status);
                <sk-state-chip [label]="t('states.' + s.key)" [tone]="s.tone" />
              </td>
            </ng-container>
            <ng-container matColumnDef="open">
              <th mat-header-cell *matHeaderCellDef>
                <span class="sk-visually-hidden">{{ t('columns.open') }}</span>
              </th>
              <td mat-cell *matCellDef="let row">
                <button
                  mat-stroked-button
                  type="button"
                  [attr.aria-pressed]="row.id === query().application"
                  [attr.aria-label]="t('openFor', { reference: row.reference ?? row.organisation.legalName })"
                  (click)="open(row)"
                >
                  {{ t('open') }}
                </button>
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let row; columns: columns" [class.selected]="row.id === query().application"></tr>
            <tr class="mat-mdc-row" *matNoDataRow>
              <td class="mat-mdc-cell empty" [attr.colspan]="columns.length">{{ t('empty.' + query().filter) }}</td>
            </tr>
          </table>
        </div>
        <mat-paginator
          [length]="page.total"
          [pageIndex]="query().page - 1"
          [pageSize]="query().pageSize"
          [pageSizeOptions]="pageSizes"
          (page)="changePage($event)"
        />
      }

      @if (query().application; as id) {
        <sk-eligibility-check
          [applicationId]="id"
          [reference]="openReference()"
          (saved)="reload()"
          (closed)="navigate({ application: null })"
        />
      }
    </ng-container>
  `,
  styles: `
    .intro {
      margin: 0 0 16px;
      max-width: 48rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .filter {
      margin-bottom: 16px;
      flex-wrap: wrap;
    }
    .table-scroll {
      overflow-x: auto;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    table {
      width: 100%;
    }
    .selected {
      background: var(--mat-sys-secondary-container);
    }
    .empty {
      padding: 24px 16px;
      text-align: center;
    }
  `,
})
export class EligibilityTabComponent {
  private readonly api = inject(EvaluationManagementApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);

  readonly call = input.required<CallDto>();

  protected readonly filters = ELIGIBILITY_FILTERS;
  protected readonly columns = ['reference', 'organisation', 'lot', 'submittedAt', 'check', 'open'];
  protected readonly pageSizes = [10, 20, 50, 100];
  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(queryFromParams)), { requireSync: true });
  private readonly listQuery = computed(
    () => {
      const { filter, page, pageSize } = this.query();
      return { status: filter === 'all' ? null : filter, page, pageSize };
    },
    { equal: (a, b) => a.status === b.status && a.page === b.page && a.pageSize === b.pageSize },
  );

  private readonly reloads = new Subject<void>();
  protected readonly state = toSignal(
    combineLatest([
      toObservable(this.call),
      toObservable(this.listQuery),
      this.reloads.pipe(startWith(undefined)),
    ]).pipe(switchMap(([call, query]) => loadable(this.api.applications(call.id, query)))),
    { initialValue: LOADING as Loadable<Page<ApplicationSummaryDto>> },
  );
  /** The open application's reference, remembered for when it is on another page of the list. */
  private readonly openedReference = signal<string | null>(null);
  protected readonly openReference = computed(() => {
    const state = this.state();
    const id = this.query().application;
    const row = state.kind === 'loaded' ? state.value.items.find((item) => item.id === id) : undefined;
    return row ? row.reference : this.openedReference();
  });
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected region(code: string): string {
    return regionName(code, this.language.language());
  }

  protected stateOf(status: ApplicationStatus): { key: string; tone: ChipTone } {
    return checkState(status);
  }

  protected async open(row: ApplicationSummaryDto): Promise<void> {
    this.openedReference.set(row.reference);
    await this.navigate({ application: row.id });
    // The checklist opens below the list: take keyboard and screen-reader users there.
    setTimeout(() => this.host.querySelector<HTMLElement>('#eligibility-check-heading')?.focus());
  }

  protected reload(): void {
    this.reloads.next();
  }

  protected changePage(event: PageEvent): void {
    void this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize, application: null });
  }

  protected navigate(changes: Partial<EligibilityListQuery>): Promise<boolean> {
    const query = { ...this.query(), ...changes };
    const queryParams: Params = {
      status: query.filter === 'submitted' ? null : query.filter,
      page: query.page === 1 ? null : query.page,
      pageSize: query.pageSize === PAGE_SIZE_DEFAULT ? null : query.pageSize,
      application: query.application,
    };
    return this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
