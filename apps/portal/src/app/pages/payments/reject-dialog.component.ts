import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { PaymentDto } from '@skema/contracts';
import { firstValueFrom } from 'rxjs';
import { toApiFailure } from '../../core/http/api-failure';
import { FORM_PROVIDERS } from '../../shared/forms/form-providers';
import { focusFirstInvalid, placeFailure } from '../../shared/forms/server-errors';
import type { PaymentDialogData } from './approve-dialog.component';
import { PaymentErrorPipe } from './payment-error.pipe';
import { type ActionFailure, PaymentFailureComponent, actionFailure } from './payment-failure.component';
import { REJECT_REASON_MAX_LENGTH, rejectForm, toRejectRequest } from './payment-forms';
import { PaymentSummaryComponent } from './payment-summary.component';
import { PaymentsApi } from './payments-api';

/**
 * Rejects a payment with the reason, which stays with it for whoever looks at it later. The reason is
 * required and checked as it is typed; the API's refusal (the payment moved on meanwhile) shows here.
 */
@Component({
  selector: 'sk-reject-payment-dialog',
  imports: [
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    PaymentErrorPipe,
    PaymentFailureComponent,
    PaymentSummaryComponent,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'payments.rejectDialog'">
      <h2 mat-dialog-title>{{ t('title') }}</h2>
      <form [formGroup]="form" (ngSubmit)="reject()" novalidate>
        <mat-dialog-content>
          <sk-payment-summary [payment]="data.payment" />
          @if (failure(); as refused) {
            <sk-payment-failure [failure]="refused" [title]="t('failed')" />
          }
          <mat-form-field class="reason">
            <mat-label>{{ t('reason') }}</mat-label>
            <textarea
              matInput
              formControlName="reason"
              rows="4"
              required
              [maxlength]="maxLength"
              cdkFocusInitial
            ></textarea>
            <mat-hint>{{ t('reasonHint') }}</mat-hint>
            <mat-hint align="end">{{ form.controls.reason.value.length }} / {{ maxLength }}</mat-hint>
            <mat-error>{{ form.controls.reason.errors | skPaymentError }}</mat-error>
          </mat-form-field>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close>{{ t('cancel') }}</button>
          <button mat-flat-button type="submit" class="danger" [disabled]="busy()" [attr.aria-busy]="busy()">
            {{ t('confirm') }}
          </button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
  styles: `
    .reason {
      width: 100%;
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class RejectDialogComponent {
  private readonly api = inject(PaymentsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly dialogRef = inject<MatDialogRef<RejectDialogComponent, PaymentDto>>(MatDialogRef);
  protected readonly data = inject<PaymentDialogData>(MAT_DIALOG_DATA);

  protected readonly maxLength = REJECT_REASON_MAX_LENGTH;
  protected readonly form = rejectForm();
  protected readonly busy = signal(false);
  protected readonly failure = signal<ActionFailure | null>(null);

  protected async reject(): Promise<void> {
    if (this.busy()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    try {
      this.dialogRef.close(await firstValueFrom(this.api.reject(this.data.payment.id, toRejectRequest(this.form))));
    } catch (caught: unknown) {
      const failure = toApiFailure(caught);
      const unplaced = placeFailure(this.form, failure, () => actionFailure(failure, this.transloco).message);
      if (unplaced.length > 0) this.failure.set(actionFailure(failure, this.transloco));
    } finally {
      this.busy.set(false);
    }
  }
}
