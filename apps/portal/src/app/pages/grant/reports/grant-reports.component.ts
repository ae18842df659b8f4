import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatExpansionModule } from '@angular/material/expansion';
import { TranslocoDirective } from '@jsverse/transloco';
import type { GrantDto, GrantReportDto, ReportStatus } from '@skema/contracts';
import { firstValueFrom } from 'rxjs';
import { toApiFailure } from '../../../core/http/api-failure';
import { LOADING, type Loadable } from '../../../shared/data/loadable';
import { ErrorStateComponent } from '../../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../../shared/loading/loading-indicator.component';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { SkMoneyPipe } from '../../../shared/pipes/money.pipe';
import { StateChipComponent } from '../../evaluation-management/state-chip.component';
import { GrantApi } from '../grant-api';
import { REPORT_STATUS_TONES, isOverdue, reportName, tiraneToday } from '../grant-figures';
import { ReportEditorComponent } from './report-editor.component';
import { isEditable } from './report-form';
import { ReportReviewComponent } from './report-review.component';
import { ReportViewComponent } from './report-view.component';

/** What just happened to a report here, said once in its panel. */
type Outcome = Extract<ReportStatus, 'submitted' | 'approved' | 'returned'>;

/**
 * The grant's interim and final reports, each with its period, due date (overdue ones marked) and
 * status. The grantee's own staff edit a draft or a returned report and submit it; the programme
 * manager approves or returns a submitted one; everyone else reads. A returned report shows the
 * programme manager's comments to the grantee. The first report waiting for this person opens.
 */
@Component({
  selector: 'sk-grant-reports',
  imports: [
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatExpansionModule,
    NoticeComponent,
    ReportEditorComponent,
    ReportReviewComponent,
    ReportViewComponent,
    SkDatePipe,
    SkMoneyPipe,
    StateChipComponent,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './grant-reports.component.html',
  styleUrl: './grant-reports.component.scss',
})
export class GrantReportsComponent {
  private readonly api = inject(GrantApi);

  readonly grant = input.required<GrantDto>();
  /** The grant's own CSO: writes the reports. */
  readonly isGrantee = input(false);
  /** The programme manager: reviews submitted reports. */
  readonly canReview = input(false);
  /** A report was approved or returned: the grant's budget and schedule may have changed. */
  readonly reviewed = output<GrantReportDto>();

  protected readonly today = tiraneToday();
  protected readonly tones = REPORT_STATUS_TONES;
  protected readonly state = signal<Loadable<GrantReportDto[]>>(LOADING);
  /** Bumped on a full reload: the editors start again from what the server has. */
  protected readonly generation = signal(0);
  protected readonly outcomes = signal<Readonly<Record<string, Outcome>>>({});

  protected readonly reports = computed(() => {
    const state = this.state();
    return (state.kind === 'loaded' ? state.value : []).map((report) => ({
      report,
      name: reportName(report),
      overdue: isOverdue(report, this.today),
      editable: this.isGrantee() && isEditable(report),
      reviewable: this.canReview() && report.status === 'submitted',
    }));
  });
  /** The first report that waits for this person opens by itself (only when the list first arrives). */
  protected readonly opened = signal<string | null>(null);

  /** A refreshed grant (after a review) is the same grant: its reports are not read again. */
  private readonly grantId = computed(() => this.grant().id);

  constructor() {
    effect(() => {
      const id = this.grantId();
      untracked(() => void this.load(id));
    });
  }

  protected async load(grantId = this.grant().id): Promise<void> {
    this.state.set(LOADING);
    try {
      const reports = await firstValueFrom(this.api.reports(grantId));
      this.state.set({ kind: 'loaded', value: reports });
      const waiting = reports.find((r) =>
        this.isGrantee() ? isEditable(r) : this.canReview() && r.status === 'submitted',
      );
      this.opened.set(waiting?.id ?? null);
      this.generation.update((n) => n + 1);
    } catch (caught: unknown) {
      this.state.set({ kind: 'failed', failure: toApiFailure(caught) });
    }
  }

  /** A save, a submission or a review: the report replaces its old self in place. */
  protected changed(report: GrantReportDto, outcome: Outcome | null = null): void {
    const state = this.state();
    if (state.kind !== 'loaded') return;
    this.state.set({ kind: 'loaded', value: state.value.map((r) => (r.id === report.id ? report : r)) });
    if (outcome) this.outcomes.update((all) => ({ ...all, [report.id]: outcome }));
    if (outcome === 'approved' || outcome === 'returned') this.reviewed.emit(report);
  }

  protected saved(report: GrantReportDto): void {
    this.changed(report, report.status === 'submitted' ? 'submitted' : null);
  }

  protected decided(report: GrantReportDto): void {
    this.changed(report, report.status === 'approved' ? 'approved' : 'returned');
  }
}
