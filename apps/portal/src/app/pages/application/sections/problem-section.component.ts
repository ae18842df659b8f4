import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { APPLICATION_CONTENT_LIMITS, ProblemContent } from '@skema/contracts';
import { SkFieldErrorPipe } from '../../../shared/forms/field-error.pipe';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { SectionFormDirective } from './section-form';
import { readProblem } from './section-content';

/** `problem`: the problem the action addresses, and the people it targets. */
@Component({
  selector: 'sk-problem-section',
  imports: [
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    SkFieldErrorPipe,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sk-form" [formGroup]="form" *transloco="let t; prefix: 'application.problem'">
      <mat-form-field>
        <mat-label>{{ t('text') }}</mat-label>
        <textarea matInput id="problem-text" formControlName="text" rows="10" required></textarea>
        <mat-hint>{{ t('textHint') }}</mat-hint>
        <mat-hint align="end">{{ form.controls.text.value.length }} / {{ limits.textMaxLength }}</mat-hint>
        <mat-error>{{ form.controls.text.errors | skFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ t('targetGroup') }}</mat-label>
        <textarea matInput id="problem-target-group" formControlName="targetGroup" rows="5"></textarea>
        <mat-hint>{{ t('targetGroupHint') }}</mat-hint>
        <mat-error>{{ form.controls.targetGroup.errors | skFieldError }}</mat-error>
      </mat-form-field>
    </div>
  `,
})
export class ProblemSectionComponent extends SectionFormDirective<ProblemContent> {
  protected readonly limits = APPLICATION_CONTENT_LIMITS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    text: ['', [Validators.required, Validators.maxLength(APPLICATION_CONTENT_LIMITS.textMaxLength)]],
    targetGroup: ['', Validators.maxLength(APPLICATION_CONTENT_LIMITS.textMaxLength)],
  });
  protected readonly read = readProblem;

  protected fill(content: ProblemContent): void {
    this.form.setValue({ text: content.text, targetGroup: content.targetGroup ?? '' }, { emitEvent: false });
  }

  protected content(): ProblemContent {
    return this.form.getRawValue();
  }
}
