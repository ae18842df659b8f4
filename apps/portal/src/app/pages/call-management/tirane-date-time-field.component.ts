import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { resolveTiraneLocal } from '@skema/domain';
import { CallErrorPipe } from './call-error.pipe';
import { liveValue } from './live-value';
import { SkDatePipe } from '../../shared/pipes/date.pipe';

/**
 * A date and time as the clock in Tirana shows it, whatever the device's time zone. On the nights the
 * clocks change it says how an ambiguous or skipped time is read (domain `resolveTiraneLocal`).
 */
@Component({
  selector: 'sk-call-date-time-field',
  imports: [CallErrorPipe, MatError, MatFormField, MatHint, MatInput, MatLabel, ReactiveFormsModule, SkDatePipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field *transloco="let t; prefix: 'callManagement'">
      <mat-label>{{ label() }}</mat-label>
      <input matInput type="datetime-local" [formControl]="control()" [attr.data-path]="path()" [required]="true" />
      @let resolved = resolution();
      @if (resolved?.kind === 'skipped') {
        <mat-hint>{{ t('time.skipped', { time: (resolved!.instant | skDate: 'time') }) }}</mat-hint>
      } @else if (resolved?.kind === 'repeated') {
        <mat-hint>{{ t('time.repeated') }}</mat-hint>
      } @else {
        <mat-hint>{{ t('time.tirana') }}</mat-hint>
      }
      <mat-error>{{ control().errors | skCallError }}</mat-error>
    </mat-form-field>
  `,
})
export class TiraneDateTimeFieldComponent {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  readonly path = input.required<string>();

  private readonly value = liveValue(this.control);
  protected readonly resolution = computed(() => {
    const value = this.value();
    if (!value) return null;
    try {
      return resolveTiraneLocal(value);
    } catch {
      return null;
    }
  });
}
