import { CdkTextareaAutosize } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { LOCALES } from '@skema/contracts';
import { CallErrorPipe } from './call-error.pipe';
import type { LocalizedGroup } from './call-form';

/**
 * One text in both languages: an Albanian and an English field side by side (stacked when narrow),
 * each marked with its `lang` so a screen reader reads it with the right voice.
 */
@Component({
  selector: 'sk-call-localized-fields',
  imports: [CallErrorPipe, CdkTextareaAutosize, MatError, MatFormField, MatHint, MatInput, MatLabel, ReactiveFormsModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sk-form__row" *transloco="let t; prefix: 'callManagement'">
      @for (locale of locales; track locale) {
        @let control = group().controls[locale];
        <mat-form-field>
          <mat-label>{{ t('inLanguage', { label: label(), language: t('languages.' + locale) }) }}</mat-label>
          @if (multiline()) {
            <textarea
              matInput
              [formControl]="control"
              [attr.lang]="locale"
              [attr.data-path]="path() + '.' + locale"
              [attr.maxlength]="maxLength()"
              [required]="true"
              cdkTextareaAutosize
              cdkAutosizeMinRows="4"
              cdkAutosizeMaxRows="20"
            ></textarea>
          } @else {
            <input
              matInput
              [formControl]="control"
              [attr.lang]="locale"
              [attr.data-path]="path() + '.' + locale"
              [attr.maxlength]="maxLength()"
              [required]="true"
              autocomplete="off"
            />
          }
          @if (maxLength() && multiline()) {
            <mat-hint align="end">{{ t('characters', { count: control.value.length, max: maxLength() }) }}</mat-hint>
          }
          <mat-error>{{ control.errors | skCallError }}</mat-error>
        </mat-form-field>
      }
    </div>
  `,
})
export class LocalizedFieldsComponent {
  readonly group = input.required<LocalizedGroup>();
  readonly label = input.required<string>();
  /** The form path (`title`, `eligibility.2.text`), so a problem can be linked to its field. */
  readonly path = input.required<string>();
  readonly multiline = input(false);
  readonly maxLength = input<number | null>(null);

  protected readonly locales = LOCALES;
}
