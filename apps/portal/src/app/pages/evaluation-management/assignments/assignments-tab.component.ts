import { ChangeDetectionStrategy, Component, Injector, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type {
  ApplicationSummaryDto,
  AssignmentPlanDto,
  CallDto,
  EvaluationAssignmentDto,
  EvaluationProgressDto,
  EvaluatorOptionDto,
} from '@skema/contracts';
import { PAGE_SIZE_MAX } from '@skema/contracts';
import {
  Observable,
  Subject,
  catchError,
  combineLatest,
  filter,
  firstValueFrom,
  map,
  of,
  startWith,
  switchMap,
  tap,
} from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../../core/http/api-failure';
import { LOADING, type Loadable, loadable } from '../../../shared/data/loadable';
import { ErrorStateComponent } from '../../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../../shared/loading/loading-indicator.component';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../../call-management/confirm-dialog.component';
import { EvaluationManagementApi } from '../evaluation-management-api';
import { AddAssignmentComponent } from './add-assignment.component';
import { AssignmentTableComponent } from './assignment-table.component';
import { AutoAssignResultComponent } from './auto-assign-result.component';
import { EvaluationProgressComponent } from './evaluation-progress.component';

/** Applications that can take an evaluator: eligible ones, and those already being evaluated. */
const ASSIGNABLE = new Set(['eligible', 'in_evaluation', 'evaluated']);

/**
 * Evaluators and progress: the automatic plan (two per eligible application, balanced, never the
 * applicant's own CSO or a declared conflict), the assignments with their declarations (paged, filtered
 * and sorted in the address), adjustments by hand, and how far the evaluation is per lot and per evaluator.
 */
@Component({
  selector: 'sk-assignments-tab',
  imports: [
    AddAssignmentComponent,
    AssignmentTableComponent,
    AutoAssignResultComponent,
    ErrorStateComponent,
    EvaluationProgressComponent,
    LoadingIndicatorComponent,
    MatButton,
    MatIcon,
    MatProgressSpinner,
    NoticeComponent,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'evaluationManagement.assignments'">
      <h2 class="sk-section-title">{{ t('title') }}</h2>
      <p class="intro">{{ t('intro') }}</p>
      <div class="auto">
        <button
          mat-flat-button
          type="button"
          [disabled]="autoBusy()"
          [attr.aria-busy]="autoBusy()"
          (click)="autoAssign()"
        >
          @if (autoBusy()) {
            <mat-progress-spinner mode="indeterminate" diameter="18" aria-hidden="true" />
          } @else {
            <mat-icon aria-hidden="true">auto_mode</mat-icon>
          }
          {{ t('auto') }}
        </button>
        <p class="sk-visually-hidden" aria-live="polite">{{ autoBusy() ? t('autoBusy') : '' }}</p>
      </div>
      @if (actionError(); as message) {
        <sk-notice kind="error"
          ><p>{{ message }}</p></sk-notice
        >
      }
      @if (plan(); as result) {
        <sk-auto-assign-result [plan]="result" [evaluators]="evaluatorList()" [applications]="applicationList()" />
      }

      <section aria-labelledby="progress-heading">
        <h3 id="progress-heading" class="subtitle">{{ t('progressTitle') }}</h3>
        @let p = progress();
        @if (p.kind === 'failed') {
          <sk-error-state [failure]="p.failure" [title]="t('progressFailed')" (retry)="reload()" />
        } @else if (p.kind === 'loading') {
          <sk-loading-indicator [label]="t('progressLoading')" />
        } @else {
          <sk-evaluation-progress [progress]="p.value" />
        }
      </section>

      <section aria-labelledby="assignments-heading">
        <h3 id="assignments-heading" class="subtitle">{{ t('tableTitle') }}</h3>
        <sk-assignment-table
          [callId]="call().id"
          [evaluators]="evaluatorList()"
          [revision]="revision()"
          [busyId]="removing()"
          (remove)="remove($event)"
        />
        <sk-add-assignment
          [callId]="call().id"
          [applications]="assignable()"
          [evaluators]="evaluatorList()"
          [revision]="revision()"
          (added)="reload()"
        />
      </section>
    </ng-container>
  `,
  styles: `
    .intro {
      margin: 0 0 16px;
      max-width: 48rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .auto {
      margin-bottom: 16px;
    }
    .auto mat-progress-spinner {
      display: inline-block;
      margin-inline-end: 8px;
    }
    .subtitle {
      margin: 24px 0 12px;
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class AssignmentsTabComponent {
  private readonly api = inject(EvaluationManagementApi);
  private readonly transloco = inject(TranslocoService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  readonly call = input.required<CallDto>();

  private readonly reloads = new Subject<void>();
  private readonly triggers = combineLatest([toObservable(this.call), this.reloads.pipe(startWith(undefined))]);
  /** Counts the changes made here (a plan, an addition, a removal): the table and the picker read again. */
  protected readonly revision = signal(0);
  protected readonly progress = this.load<EvaluationProgressDto>((call) => this.api.progress(call.id));
  /** Without them the page still works: names fall back to what the assignments say. */
  protected readonly evaluatorList = toSignal(
    this.api.evaluators().pipe(catchError(() => of<EvaluatorOptionDto[]>([]))),
    {
      initialValue: [] as EvaluatorOptionDto[],
    },
  );
  private readonly applications = toSignal(
    toObservable(this.call).pipe(
      switchMap((call) => this.api.applications(call.id, { status: null, page: 1, pageSize: PAGE_SIZE_MAX })),
      map((page) => page.items),
      catchError(() => of<ApplicationSummaryDto[]>([])),
    ),
    { initialValue: [] as ApplicationSummaryDto[] },
  );
  protected readonly applicationList = computed(() => this.applications());
  protected readonly assignable = computed(() => this.applications().filter((a) => ASSIGNABLE.has(a.status)));

  protected readonly autoBusy = signal(false);
  protected readonly plan = signal<AssignmentPlanDto | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly removing = signal<string | null>(null);

  protected reload(): void {
    this.revision.update((n) => n + 1);
    this.reloads.next();
  }

  protected async autoAssign(): Promise<void> {
    this.autoBusy.set(true);
    this.actionError.set(null);
    try {
      this.plan.set(await firstValueFrom(this.api.autoAssign(this.call().id)));
      this.reload();
    } catch (caught: unknown) {
      this.actionError.set(describeApiFailure(toApiFailure(caught), this.transloco));
    } finally {
      this.autoBusy.set(false);
    }
  }

  protected async remove(assignment: EvaluationAssignmentDto): Promise<void> {
    const t = (key: string, params?: Record<string, unknown>) =>
      this.transloco.translate(`evaluationManagement.assignments.removeDialog.${key}`, params);
    const data: ConfirmDialogData = {
      title: t('title'),
      paragraphs: [
        t('text', { evaluator: assignment.evaluatorName, reference: assignment.applicationReference ?? '—' }),
      ],
      confirm: t('confirm'),
      cancel: t('cancel'),
    };
    const ref = this.dialog.open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
      injector: this.injector,
      width: '32rem',
      maxWidth: '95vw',
      data,
    });
    if ((await firstValueFrom(ref.afterClosed())) !== true) return;
    this.removing.set(assignment.id);
    this.actionError.set(null);
    try {
      await firstValueFrom(this.api.removeAssignment(assignment.applicationId, assignment.id));
      this.reload();
    } catch (caught: unknown) {
      this.actionError.set(describeApiFailure(toApiFailure(caught), this.transloco));
    } finally {
      this.removing.set(null);
    }
  }

  /** Loads on every trigger; once shown, the data stays on screen while it refreshes (focus stays put). */
  private load<T>(request: (call: CallDto) => Observable<T>) {
    let shown = false;
    return toSignal(
      this.triggers.pipe(
        switchMap(([call]) => loadable(request(call)).pipe(filter((state) => !(shown && state.kind === 'loading')))),
        tap((state) => (shown = state.kind === 'loaded')),
      ),
      { initialValue: LOADING as Loadable<T> },
    );
  }
}
