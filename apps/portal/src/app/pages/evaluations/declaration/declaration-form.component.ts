import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { ASSIGNMENT_LIMITS, DeclarationRequest, MyEvaluationDto, REGION_NAMES, isRegionCode } from '@skema/contracts';
import { firstValueFrom } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../../core/http/api-failure';
import { LanguageService } from '../../../core/i18n/language.service';
import { SkFieldErrorPipe } from '../../../shared/forms/field-error.pipe';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { applyProblem } from '../../../shared/forms/server-errors';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { EvaluationsApi } from '../evaluations-api';

export type DeclarationChoice = 'sign' | 'conflict';

/** What the declaration names: the listed assignment or the sheet both carry it. */
export type DeclarationSubject = Pick<MyEvaluationDto, 'applicationReference' | 'callReference' | 'lotRegionCode'>;

/** PRAG's declaration of impartiality and confidentiality, one statement per obligation (keys in the scope). */
export const DECLARATION_STATEMENTS = [
  'independence',
  'interests',
  'impartiality',
  'confidentiality',
  'disclosure',
] as const;

/** At least `min` characters that are not spaces: a reason of blanks says nothing. */
function trimmedMinLength(min: number) {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const length = control.value.trim().length;
    return length > 0 && length < min ? { minlength: { requiredLength: min, actualLength: length } } : null;
  };
}

/**
 * The declaration of impartiality and confidentiality and the evaluator's answer: sign it (no conflict),
 * or declare a conflict of interest with a reason, checked as it is typed. A conflict hands the
 * application back for reassignment at once. Used in the list's dialog and on the sheet page (where
 * the API asks for it first); `conflictOnly` is for an evaluator who signed and later finds a conflict.
 */
@Component({
  selector: 'sk-declaration-form',
  imports: [
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressSpinner,
    MatRadioButton,
    MatRadioGroup,
    NoticeComponent,
    ReactiveFormsModule,
    SkFieldErrorPipe,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="sk-form declaration"
      *transloco="let t; prefix: 'evaluations.declaration'"
      [formGroup]="form"
      (ngSubmit)="send()"
      novalidate
    >
      @if (about(); as facts) {
        <p class="declaration__about">{{ t('about', facts) }}</p>
      }
      @if (conflictOnly()) {
        <p>{{ t('conflictOnlyIntro') }}</p>
      } @else {
        <p>{{ t('intro') }}</p>
        <ol class="declaration__statements">
          @for (statement of statements; track statement) {
            <li>{{ t('statements.' + statement) }}</li>
          }
        </ol>
        <div class="declaration__choice">
          <p [id]="choiceLabelId" class="declaration__choice-label">{{ t('choiceLabel') }}</p>
          <mat-radio-group
            formControlName="choice"
            class="declaration__options"
            [attr.aria-labelledby]="choiceLabelId"
            [attr.aria-describedby]="choiceMissing() ? choiceErrorId : null"
          >
            <mat-radio-button value="sign" class="choice-sign">{{ t('sign') }}</mat-radio-button>
            <mat-radio-button value="conflict" class="choice-conflict">{{ t('conflict') }}</mat-radio-button>
          </mat-radio-group>
          @if (choiceMissing()) {
            <p class="sk-fieldset__error" [id]="choiceErrorId" role="alert">{{ t('chooseOne') }}</p>
          }
        </div>
      }
      @if (choice() === 'conflict') {
        <sk-notice kind="warning"
          ><p>{{ t('conflictWarning') }}</p></sk-notice
        >
        <mat-form-field>
          <mat-label>{{ t('reason') }}</mat-label>
          <textarea
            matInput
            class="reason"
            formControlName="reason"
            rows="4"
            required
            [maxlength]="limits.conflictReasonMaxLength"
          ></textarea>
          <mat-hint>{{ t('reasonHint', { min: limits.conflictReasonMinLength }) }}</mat-hint>
          <mat-hint align="end">{{ reasonLength() }} / {{ limits.conflictReasonMaxLength }}</mat-hint>
          <mat-error>{{ form.controls.reason.errors | skFieldError }}</mat-error>
        </mat-form-field>
      }
      @if (failure(); as reason) {
        <sk-notice kind="error">
          <p>{{ t('failed') }}</p>
          <p>{{ reason }}</p>
        </sk-notice>
      }
      <p class="sk-visually-hidden" aria-live="polite">{{ sending() ? t('sending') : '' }}</p>
      <div class="sk-form__actions">
        <button
          mat-flat-button
          type="submit"
          class="send"
          disabledInteractive
          [disabled]="sending()"
          [attr.aria-busy]="sending()"
        >
          @if (sending()) {
            <mat-progress-spinner class="busy" mode="indeterminate" diameter="18" aria-hidden="true" />
          }
          {{ choice() === 'conflict' ? t('submitConflict') : t('submitSign') }}
        </button>
        @if (cancelable()) {
          <button mat-button type="button" class="cancel" (click)="cancelled.emit()">
            {{ cancelLabel() }}
          </button>
        }
      </div>
    </form>
  `,
  styles: `
    .declaration__about {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .declaration__statements {
      display: grid;
      gap: 8px;
      margin: 0;
      padding-inline-start: 24px;
    }
    .declaration__choice-label {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    .declaration__options {
      display: grid;
      gap: 4px;
    }
    .busy {
      display: inline-block;
      margin-inline-end: 8px;
      vertical-align: middle;
    }
  `,
})
export class DeclarationFormComponent {
  private readonly api = inject(EvaluationsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService).language;

  readonly assignmentId = input.required<string>();
  /** The references shown above the declaration; null when not known. */
  readonly subject = input<DeclarationSubject | null>(null);
  readonly conflictOnly = input(false);
  readonly cancelable = input(false);
  /** The API's answer: the assignment with its declaration made. */
  readonly declared = output<MyEvaluationDto>();
  readonly cancelled = output<void>();

  protected readonly limits = ASSIGNMENT_LIMITS;
  protected readonly statements = DECLARATION_STATEMENTS;
  protected readonly choiceLabelId = 'declaration-choice-label';
  protected readonly choiceErrorId = 'declaration-choice-error';

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    choice: this.fb.control<DeclarationChoice | null>(null, Validators.required),
    reason: [
      '',
      [
        Validators.required,
        trimmedMinLength(ASSIGNMENT_LIMITS.conflictReasonMinLength),
        Validators.maxLength(ASSIGNMENT_LIMITS.conflictReasonMaxLength),
      ],
    ],
  });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly choice = computed(() => (this.conflictOnly() ? 'conflict' : (this.value().choice ?? null)));
  protected readonly reasonLength = computed(() => this.value().reason?.length ?? 0);
  protected readonly sending = signal(false);
  protected readonly failure = signal<string | null>(null);
  private readonly tried = signal(false);
  protected readonly choiceMissing = computed(() => this.tried() && !this.conflictOnly() && this.choice() === null);
  protected readonly cancelLabel = computed(() => {
    this.language();
    return this.transloco.translate('common.cancel');
  });

  protected readonly about = computed(() => {
    const subject = this.subject();
    if (!subject) return null;
    const code = subject.lotRegionCode;
    return {
      reference: subject.applicationReference ?? '—',
      call: subject.callReference,
      region: isRegionCode(code) ? REGION_NAMES[code][this.language()] : code,
    };
  });

  protected async send(): Promise<void> {
    if (this.sending()) return;
    this.tried.set(true);
    this.failure.set(null);
    const choice = this.choice();
    if (choice === null) return;
    const reason = this.form.controls.reason;
    if (choice === 'conflict' && reason.invalid) {
      reason.markAsTouched();
      return;
    }
    const request: DeclarationRequest =
      choice === 'sign' ? { signed: true } : { conflict: true, reason: reason.value.trim() };
    this.sending.set(true);
    try {
      const result = await firstValueFrom(this.api.declare(this.assignmentId(), request));
      this.declared.emit(result);
    } catch (error: unknown) {
      const failure = toApiFailure(error);
      const unplaced =
        failure.kind === 'problem'
          ? applyProblem(this.form, failure.problem)
          : [describeApiFailure(failure, this.transloco)];
      this.failure.set(unplaced.length ? unplaced.join(' ') : null);
    } finally {
      this.sending.set(false);
    }
  }
}
