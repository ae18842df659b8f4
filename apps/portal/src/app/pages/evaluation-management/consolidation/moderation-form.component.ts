import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { type ApplicationEvaluationsDto, EVALUATION_LIMITS, type LocalizedText } from '@skema/contracts';
import { firstValueFrom, map, startWith, switchMap } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../../core/http/api-failure';
import { LanguageService } from '../../../core/i18n/language.service';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { applyProblem } from '../../../shared/forms/server-errors';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { EvaluationErrorPipe } from '../evaluation-error.pipe';
import { EvaluationManagementApi } from '../evaluation-management-api';
import { SkPointsPipe } from '../points.pipe';
import { moderationForm, moderationRequest, moderationTotal } from './moderation-form';

/**
 * Records the committee's moderation of one application: a score per section, in points with two
 * decimals, and why. It replaces any mean and is final (decision 0015); the API answers with the
 * application's sheets and its new consolidation.
 */
@Component({
  selector: 'sk-moderation-form',
  imports: [
    EvaluationErrorPipe,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatSuffix,
    NoticeComponent,
    ReactiveFormsModule,
    SkPointsPipe,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      [formGroup]="form()"
      (ngSubmit)="save()"
      novalidate
      *transloco="let t; prefix: 'evaluationManagement.moderation'"
    >
      <fieldset class="sk-fieldset">
        <legend>{{ t('title') }}</legend>
        <p class="intro">{{ t('intro') }}</p>
        @if (failure(); as failed) {
          <sk-notice kind="error" id="moderation-failure" tabindex="-1">
            @for (message of failed; track $index) {
              <p>{{ message }}</p>
            }
          </sk-notice>
        }
        <div class="sections" formGroupName="sections">
          @for (section of evaluations().grid.sections; track section.key) {
            @let control = form().controls.sections.controls[section.key];
            <mat-form-field>
              <mat-label>{{ t('section', { key: section.key, name: name(section.name) }) }}</mat-label>
              <input
                matInput
                inputmode="decimal"
                autocomplete="off"
                [formControlName]="section.key"
                [attr.data-path]="'sections.' + section.key"
              />
              <span matTextSuffix>/ {{ section.maxScore }}</span>
              <mat-hint>{{ t('sectionHint', { max: section.maxScore }) }}</mat-hint>
              <mat-error>{{ control.errors | skEvaluationError }}</mat-error>
            </mat-form-field>
          }
        </div>
        <p class="total" aria-live="polite">
          {{ t('total', { total: (total() | skPoints), max: evaluations().grid.maxScore }) }}
        </p>
        <mat-form-field class="note">
          <mat-label>{{ t('note') }}</mat-label>
          <textarea
            matInput
            formControlName="note"
            rows="3"
            [maxlength]="limits.moderationNoteMaxLength"
            data-path="note"
          ></textarea>
          <mat-hint>{{ t('noteHint', { min: limits.moderationNoteMinLength }) }}</mat-hint>
          <mat-error>{{ form().controls.note.errors | skEvaluationError }}</mat-error>
        </mat-form-field>
        <div class="buttons">
          <button mat-flat-button type="submit" [disabled]="busy()">{{ t('save') }}</button>
          <button mat-button type="button" (click)="cancelled.emit()">{{ t('cancel') }}</button>
        </div>
      </fieldset>
    </form>
  `,
  styles: `
    .intro,
    .total {
      margin: 0 0 12px;
    }
    .total {
      font: var(--mat-sys-title-small);
    }
    .sections {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 4px 16px;
    }
    .note {
      width: 100%;
    }
    .buttons {
      display: flex;
      gap: 8px;
    }
  `,
})
export class ModerationFormComponent {
  private readonly api = inject(EvaluationManagementApi);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  readonly evaluations = input.required<ApplicationEvaluationsDto>();
  readonly saved = output<ApplicationEvaluationsDto>();
  readonly cancelled = output<void>();

  protected readonly limits = EVALUATION_LIMITS;
  // A new application gives a new form; a language switch does not (it would drop what was typed).
  protected readonly form = computed(() => {
    const evaluations = this.evaluations();
    return moderationForm(
      evaluations,
      untracked(() => (this.language.language() === 'sq' ? ',' : '.')),
    );
  });
  /** The moderated total as the person types. */
  protected readonly total = toSignal(
    toObservable(this.form).pipe(
      switchMap((form) =>
        form.valueChanges.pipe(
          startWith(null),
          map(() => moderationTotal(form)),
        ),
      ),
    ),
    { initialValue: 0 },
  );
  protected readonly busy = signal(false);
  protected readonly failure = signal<readonly string[] | null>(null);

  protected name(text: LocalizedText): string {
    return text[this.language.language()] || text.sq;
  }

  protected async save(): Promise<void> {
    const form = this.form();
    const evaluations = this.evaluations();
    this.failure.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      setTimeout(() => this.host.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid')?.focus());
      return;
    }
    this.busy.set(true);
    try {
      const result = await firstValueFrom(
        this.api.saveModeration(evaluations.applicationId, moderationRequest(form, evaluations.grid)),
      );
      this.saved.emit(result);
    } catch (caught: unknown) {
      const failure = toApiFailure(caught);
      const fields = Object.fromEntries(
        evaluations.grid.sections.map((s) => [`sectionScores.${s.key}`, `sections.${s.key}`]),
      );
      const messages = failure.kind === 'problem' ? applyProblem(form, failure.problem, { fields }) : [];
      this.failure.set(messages.length ? messages : [describeApiFailure(failure, this.transloco)]);
      setTimeout(() =>
        (
          this.host.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid') ??
          this.host.querySelector<HTMLElement>('#moderation-failure')
        )?.focus(),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
