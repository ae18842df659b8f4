import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatSelect } from '@angular/material/select';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { ApplicationSummaryDto, EvaluationAssignmentDto, EvaluatorOptionDto } from '@skema/contracts';
import { catchError, combineLatest, firstValueFrom, map, of, startWith, switchMap } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../../core/http/api-failure';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { EvaluationErrorPipe } from '../evaluation-error.pipe';
import { EvaluationManagementApi } from '../evaluation-management-api';
import { EvaluatorSelectComponent } from '../evaluator-select.component';

/**
 * Adds one evaluator to one application by hand (the automatic plan keeps such assignments). The API
 * refuses the applicant's own CSO, a declared conflict or someone already on it, and says why.
 */
@Component({
  selector: 'sk-add-assignment',
  imports: [
    EvaluationErrorPipe,
    EvaluatorSelectComponent,
    MatButton,
    MatError,
    MatFormField,
    MatIcon,
    MatLabel,
    MatOption,
    MatSelect,
    NoticeComponent,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="add"
      [formGroup]="form"
      (ngSubmit)="add()"
      novalidate
      *transloco="let t; prefix: 'evaluationManagement.assignments.add'"
    >
      <fieldset class="sk-fieldset">
        <legend>{{ t('title') }}</legend>
        @if (failure(); as message) {
          <sk-notice kind="error"
            ><p>{{ message }}</p></sk-notice
          >
        }
        @if (done(); as message) {
          <sk-notice kind="success"
            ><p>{{ message }}</p></sk-notice
          >
        }
        <div class="sk-form__row">
          <mat-form-field>
            <mat-label>{{ t('application') }}</mat-label>
            <mat-select formControlName="applicationId">
              @for (application of applications(); track application.id) {
                <mat-option [value]="application.id">
                  {{ application.reference ?? '—' }} · {{ application.organisation.legalName }}
                </mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.applicationId.errors | skEvaluationError }}</mat-error>
          </mat-form-field>
          <sk-evaluator-select [control]="form.controls.evaluatorId" [evaluators]="evaluators()" [exclude]="taken()" />
        </div>
        <button mat-stroked-button type="submit" [disabled]="busy()">
          <mat-icon aria-hidden="true">person_add</mat-icon>{{ t('submit') }}
        </button>
      </fieldset>
    </form>
  `,
  styles: `
    .add {
      margin-top: 16px;
    }
  `,
})
export class AddAssignmentComponent {
  private readonly api = inject(EvaluationManagementApi);
  private readonly transloco = inject(TranslocoService);

  readonly callId = input.required<string>();
  readonly applications = input.required<readonly ApplicationSummaryDto[]>();
  readonly evaluators = input.required<readonly EvaluatorOptionDto[]>();
  /** Bumped when the assignments changed elsewhere (a plan, a removal): who is taken is read again. */
  readonly revision = input(0);
  readonly added = output<EvaluationAssignmentDto>();

  protected readonly form = new FormGroup({
    applicationId: new FormControl<string | null>(null, Validators.required),
    evaluatorId: new FormControl<string | null>(null, Validators.required),
  });
  /**
   * Who is already on the chosen application (a declared conflict included: never again), asked of the
   * API for that application alone. Until it answers, or if it fails, everyone is offered: the API
   * still refuses a second assignment and says why.
   */
  protected readonly taken = toSignal(
    combineLatest([
      toObservable(this.callId),
      this.form.controls.applicationId.valueChanges.pipe(startWith(null)),
      toObservable(this.revision),
    ]).pipe(
      switchMap(([callId, applicationId]) =>
        applicationId
          ? this.api.assignmentsOf(callId, applicationId).pipe(
              map((assignments) => assignments.map((assignment) => assignment.evaluatorId)),
              catchError(() => of<string[]>([])),
              startWith<string[]>([]),
            )
          : of<string[]>([]),
      ),
    ),
    { initialValue: [] as string[] },
  );
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);

  protected async add(): Promise<void> {
    this.failure.set(null);
    this.done.set(null);
    const { applicationId, evaluatorId } = this.form.getRawValue();
    if (this.form.invalid || !applicationId || !evaluatorId) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      const assignment = await firstValueFrom(this.api.addAssignment(applicationId, evaluatorId));
      this.done.set(
        this.transloco.translate('evaluationManagement.assignments.add.done', {
          evaluator: assignment.evaluatorName,
          reference: assignment.applicationReference ?? '—',
        }),
      );
      this.form.reset();
      this.added.emit(assignment);
    } catch (caught: unknown) {
      this.failure.set(describeApiFailure(toApiFailure(caught), this.transloco));
    } finally {
      this.busy.set(false);
    }
  }
}
