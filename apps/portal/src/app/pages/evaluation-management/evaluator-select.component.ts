import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import type { EvaluatorOptionDto } from '@skema/contracts';
import { EvaluationErrorPipe } from './evaluation-error.pipe';

/**
 * Picks an evaluator: name, the CSO they belong to (never assigned to its applications, the API checks)
 * and their current load, least loaded first, so the choice keeps the work balanced. Evaluators already
 * on the application are left out.
 */
@Component({
  selector: 'sk-evaluator-select',
  imports: [
    EvaluationErrorPipe,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field *transloco="let t; prefix: 'evaluationManagement.evaluatorSelect'">
      <mat-label>{{ t('label') }}</mat-label>
      <mat-select [formControl]="control()">
        @for (evaluator of options(); track evaluator.id) {
          <mat-option [value]="evaluator.id">
            {{
              t(evaluator.organisationName ? 'optionWithOrganisation' : 'option', {
                name: evaluator.displayName,
                organisation: evaluator.organisationName,
                load: evaluator.load,
              })
            }}
          </mat-option>
        }
      </mat-select>
      @if (options().length === 0) {
        <mat-hint>{{ t('none') }}</mat-hint>
      }
      <mat-error>{{ control().errors | skEvaluationError }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    mat-form-field {
      width: 100%;
    }
  `,
})
export class EvaluatorSelectComponent {
  readonly control = input.required<FormControl<string | null>>();
  readonly evaluators = input.required<readonly EvaluatorOptionDto[]>();
  /** Evaluators who may not be chosen here (already assigned). */
  readonly exclude = input<readonly string[]>([]);

  protected readonly options = computed(() => {
    const excluded = new Set(this.exclude());
    return this.evaluators()
      .filter((evaluator) => !excluded.has(evaluator.id))
      .sort((a, b) => a.load - b.load || a.displayName.localeCompare(b.displayName));
  });
}
