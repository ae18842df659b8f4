import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { APPLICATION_CONTENT_LIMITS, SummaryContent } from '@skema/contracts';
import { SkFieldErrorPipe } from '../../../shared/forms/field-error.pipe';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { SectionFormDirective } from './section-form';
import { readSummary } from './section-content';

export interface DurationBounds {
  readonly min: number;
  readonly max: number;
}

/** `summary`: the action's title, its summary, and how long it runs (within the call's bounds). */
@Component({
  selector: 'sk-summary-section',
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
    <div class="sk-form" [formGroup]="form" *transloco="let t; prefix: 'application.summary'">
      <mat-form-field>
        <mat-label>{{ t('title') }}</mat-label>
        <input matInput id="summary-title" formControlName="title" [maxlength]="limits.shortTextMaxLength" />
        <mat-error>{{ form.controls.title.errors | skFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ t('text') }}</mat-label>
        <textarea matInput id="summary-text" formControlName="text" rows="8" required></textarea>
        <mat-hint>{{ t('textHint') }}</mat-hint>
        <mat-hint align="end">{{ form.controls.text.value.length }} / {{ limits.textMaxLength }}</mat-hint>
        <mat-error>{{ form.controls.text.errors | skFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field class="duration">
        <mat-label>{{ t('duration') }}</mat-label>
        <input matInput id="summary-duration" type="number" inputmode="numeric" formControlName="durationMonths" />
        @if (durationBounds(); as bounds) {
          <mat-hint>{{ t('durationHint', bounds) }}</mat-hint>
        }
        <mat-error>{{ t('durationHint', durationBounds() ?? {}) }}</mat-error>
      </mat-form-field>
    </div>
  `,
  styles: `
    .duration {
      max-width: 20rem;
    }
  `,
})
export class SummarySectionComponent extends SectionFormDirective<SummaryContent> {
  /** The call's minimum and maximum duration in months, once known. */
  readonly durationBounds = input<DurationBounds | null>(null);

  protected readonly limits = APPLICATION_CONTENT_LIMITS;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    title: ['', Validators.maxLength(APPLICATION_CONTENT_LIMITS.shortTextMaxLength)],
    text: ['', [Validators.required, Validators.maxLength(APPLICATION_CONTENT_LIMITS.textMaxLength)]],
    durationMonths: this.fb.control<number | null>(null, (control) => this.checkDuration(control)),
  });
  protected readonly read = readSummary;

  constructor() {
    super();
    effect(() => {
      this.durationBounds();
      this.form.controls.durationMonths.updateValueAndValidity({ emitEvent: false });
    });
  }

  protected fill(content: SummaryContent): void {
    this.form.setValue(
      { title: content.title ?? '', text: content.text, durationMonths: content.durationMonths ?? null },
      { emitEvent: false },
    );
  }

  protected content(): SummaryContent {
    const value = this.form.getRawValue();
    const months = value.durationMonths;
    return {
      title: value.title,
      text: value.text,
      durationMonths: typeof months === 'number' && Number.isFinite(months) ? months : null,
    };
  }

  private checkDuration(control: AbstractControl<number | null>): ValidationErrors | null {
    const bounds = this.durationBounds();
    const months = control.value;
    if (!bounds || months === null || (months as unknown) === '') return null;
    return Number.isInteger(months) && months >= bounds.min && months <= bounds.max ? null : { duration: bounds };
  }
}
