import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { SkMoneyPipe } from '../../shared/pipes/money.pipe';
import { CallErrorPipe } from './call-error.pipe';
import { eurToCents } from './typed-values';
import { liveValue } from './live-value';

/**
 * An amount in EUR (or a share in %) typed as text with up to 2 decimals. The hint echoes the amount
 * as it will be stored, formatted for the reader's language, so a misplaced separator shows at once.
 */
@Component({
  selector: 'sk-call-amount-field',
  imports: [CallErrorPipe, MatError, MatFormField, MatHint, MatInput, MatLabel, MatSuffix, ReactiveFormsModule, SkMoneyPipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field *transloco="let t; prefix: 'callManagement'">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        inputmode="decimal"
        autocomplete="off"
        [formControl]="control()"
        [attr.data-path]="path()"
        [required]="required()"
      />
      <span matTextSuffix>{{ unit() === 'eur' ? '€' : '%' }}</span>
      @if (unit() === 'eur' && cents() !== null && control().valid) {
        <mat-hint>{{ t('amountEcho', { amount: (cents() | skMoney) }) }}</mat-hint>
      } @else if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error>{{ control().errors | skCallError }}</mat-error>
    </mat-form-field>
  `,
})
export class AmountFieldComponent {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  readonly path = input.required<string>();
  readonly unit = input<'eur' | 'percent'>('eur');
  readonly required = input(true);
  readonly hint = input<string>('');

  private readonly value = liveValue(this.control);
  protected readonly cents = computed(() => eurToCents(this.value()));
}
