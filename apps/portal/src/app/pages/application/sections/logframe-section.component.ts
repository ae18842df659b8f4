import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APPLICATION_CONTENT_LIMITS,
  LOGFRAME_LEVELS,
  LogframeContent,
  LogframeIndicatorContent,
  LogframeLevel,
} from '@skema/contracts';
import { SkFieldErrorPipe } from '../../../shared/forms/field-error.pipe';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { AddRowButtonComponent } from './add-row-button.component';
import { ListRowComponent } from './list-row.component';
import { ListSectionDirective, SectionList } from './section-form';
import { readLogframe } from './section-content';

const { shortTextMaxLength, textMaxLength } = APPLICATION_CONTENT_LIMITS;

const BLANK: LogframeIndicatorContent = {
  level: 'output',
  statement: '',
  indicator: '',
  unit: '',
  baseline: null,
  target: null,
  sourceOfVerification: '',
};

function indicatorGroup(fb: NonNullableFormBuilder, value: LogframeIndicatorContent = BLANK) {
  const text = (max: number) => [Validators.required, Validators.maxLength(max)];
  return fb.group({
    level: fb.control<LogframeLevel>(value.level, Validators.required),
    statement: [value.statement, text(textMaxLength)],
    indicator: [value.indicator, text(shortTextMaxLength)],
    unit: [value.unit, text(shortTextMaxLength)],
    baseline: fb.control<number | null>(value.baseline, Validators.min(0)),
    target: fb.control<number | null>(value.target, [Validators.required, Validators.min(0)]),
    sourceOfVerification: [value.sourceOfVerification, text(shortTextMaxLength)],
  });
}

const numberOrNull = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * `logframe`: expected results at each level (overall objective, specific objective, output) with
 * the indicator that measures each, its unit, baseline, target and source of verification.
 */
@Component({
  selector: 'sk-logframe-section',
  imports: [
    AddRowButtonComponent,
    ListRowComponent,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    SkFieldErrorPipe,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sk-form" [formGroup]="form" *transloco="let t; prefix: 'application.logframe'">
      <p>{{ t('intro') }}</p>
      @for (row of form.controls.indicators.controls; track row; let i = $index) {
        <sk-list-row
          [formGroup]="row"
          [legend]="t('indicatorN', { n: i + 1 })"
          [removeLabel]="t('remove', { n: i + 1 })"
          [removable]="editable()"
          (remove)="remove(i)"
        >
          <mat-form-field>
            <mat-label>{{ t('level') }}</mat-label>
            <mat-select [id]="'logframe-' + i + '-level'" formControlName="level">
              @for (level of levels; track level) {
                <mat-option [value]="level">{{ t('levels.' + level) }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field class="list-row__wide">
            <mat-label>{{ t('statement') }}</mat-label>
            <textarea matInput [id]="'logframe-' + i + '-statement'" formControlName="statement" rows="2"></textarea>
            <mat-error>{{ row.controls.statement.errors | skFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field class="list-row__wide">
            <mat-label>{{ t('indicator') }}</mat-label>
            <input matInput [id]="'logframe-' + i + '-indicator'" formControlName="indicator" />
            <mat-error>{{ row.controls.indicator.errors | skFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ t('unit') }}</mat-label>
            <input matInput [id]="'logframe-' + i + '-unit'" formControlName="unit" />
            <mat-error>{{ row.controls.unit.errors | skFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ t('baseline') }}</mat-label>
            <input matInput [id]="'logframe-' + i + '-baseline'" type="number" min="0" formControlName="baseline" />
            <mat-error>{{ t('notNegative') }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ t('target') }}</mat-label>
            <input matInput [id]="'logframe-' + i + '-target'" type="number" min="0" formControlName="target" />
            <mat-error>{{
              row.controls.target.hasError('required') ? (row.controls.target.errors | skFieldError) : t('notNegative')
            }}</mat-error>
          </mat-form-field>
          <mat-form-field class="list-row__wide">
            <mat-label>{{ t('source') }}</mat-label>
            <input matInput [id]="'logframe-' + i + '-source'" formControlName="sourceOfVerification" />
            <mat-error>{{ row.controls.sourceOfVerification.errors | skFieldError }}</mat-error>
          </mat-form-field>
        </sk-list-row>
      } @empty {
        <p>{{ t('none') }}</p>
      }
      @if (canAdd()) {
        <sk-add-row-button [label]="t('add')" (add)="add()" />
      }
    </div>
  `,
})
export class LogframeSectionComponent extends ListSectionDirective<
  LogframeContent,
  LogframeIndicatorContent,
  ReturnType<typeof indicatorGroup>
> {
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly levels = LOGFRAME_LEVELS;
  protected readonly form = this.fb.group({ indicators: this.fb.array<ReturnType<typeof indicatorGroup>>([]) });
  protected readonly read = readLogframe;
  protected readonly list: SectionList<LogframeIndicatorContent, ReturnType<typeof indicatorGroup>> = {
    rows: this.form.controls.indicators,
    row: (value) => indicatorGroup(this.fb, value),
    firstFieldId: (index) => `logframe-${index}-statement`,
  };

  protected fill(content: LogframeContent): void {
    this.fillRows(content.indicators);
  }

  protected content(): LogframeContent {
    const indicators = this.form.getRawValue().indicators.map((row) => ({
      ...row,
      baseline: numberOrNull(row.baseline),
      target: numberOrNull(row.target),
    }));
    return { indicators };
  }
}
