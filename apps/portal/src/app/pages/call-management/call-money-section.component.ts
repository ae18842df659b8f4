import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { CALL_LIMITS } from '@skema/contracts';
import { AmountFieldComponent } from './amount-field.component';
import { CallErrorPipe } from './call-error.pipe';
import type { CallForm } from './call-form';

/** Total budget, grant bounds, the largest co-financing share and the duration bounds. */
@Component({
  selector: 'sk-call-money-section',
  imports: [AmountFieldComponent, CallErrorPipe, MatError, MatFormField, MatHint, MatInput, MatLabel, MatSuffix, ReactiveFormsModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sk-form" *transloco="let t; prefix: 'callManagement'">
      @let c = form().controls;
      <sk-call-amount-field [control]="c.totalBudget" [label]="t('fields.totalBudget')" path="totalBudget" [hint]="t('hints.amount')" />
      <div class="sk-form__row">
        <sk-call-amount-field [control]="c.minGrant" [label]="t('fields.minGrant')" path="minGrant" [hint]="t('hints.amount')" />
        <sk-call-amount-field [control]="c.maxGrant" [label]="t('fields.maxGrant')" path="maxGrant" [hint]="t('hints.amount')" />
      </div>
      <sk-call-amount-field
        unit="percent"
        [control]="c.maxCofinancingShare"
        [label]="t('fields.maxCofinancingShare')"
        path="maxCofinancingShare"
        [hint]="t('hints.share')"
      />
      <div class="sk-form__row">
        <mat-form-field>
          <mat-label>{{ t('fields.minDurationMonths') }}</mat-label>
          <input matInput type="number" step="1" [min]="limits.durationMinMonths" [max]="limits.durationMaxMonths" [formControl]="c.minDurationMonths" data-path="minDurationMonths" [required]="true" />
          <span matTextSuffix>{{ t('monthsUnit') }}</span>
          <mat-hint>{{ t('hints.months', { min: limits.durationMinMonths, max: limits.durationMaxMonths }) }}</mat-hint>
          <mat-error>{{ c.minDurationMonths.errors | skCallError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ t('fields.maxDurationMonths') }}</mat-label>
          <input matInput type="number" step="1" [min]="limits.durationMinMonths" [max]="limits.durationMaxMonths" [formControl]="c.maxDurationMonths" data-path="maxDurationMonths" [required]="true" />
          <span matTextSuffix>{{ t('monthsUnit') }}</span>
          <mat-error>{{ c.maxDurationMonths.errors | skCallError }}</mat-error>
        </mat-form-field>
      </div>
    </div>
  `,
})
export class CallMoneySectionComponent {
  readonly form = input.required<CallForm>();
  protected readonly limits = CALL_LIMITS;
}
