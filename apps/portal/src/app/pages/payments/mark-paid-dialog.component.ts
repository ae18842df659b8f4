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
import { BANK_REFERENCE_MAX_LENGTH, markPaidForm, tiraneDate, toMarkPaidRequest } from './payment-forms';
import { PaymentSummaryComponent } from './payment-summary.component';
import { PaymentsApi } from './payments-api';

/**
 * Records that the bank made the transfer: its reference, as on the statement, and the date paid,
 * never in the future nor before the approval. The API's refusals go under the field they concern.
 */
@Component({
  selector: 'sk-mark-paid-dialog',
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
    <ng-container *transloco="let t; prefix: 'payments.paidDialog'">
      <h2 mat-dialog-title>{{ t('title') }}</h2>
      <form [formGroup]="form" (ngSubmit)="markPaid()" novalidate>
        <mat-dialog-content>
          <sk-payment-summary [payment]="data.payment" />
          @if (failure(); as refused) {
            <sk-payment-failure [failure]="refused" [title]="t('failed')" />
          }
          <div class="fields">
            <mat-form-field>
              <mat-label>{{ t('bankReference') }}</mat-label>
              <input
                matInput
                formControlName="bankReference"
                autocomplete="off"
                required
                [maxlength]="referenceMaxLength"
                cdkFocusInitial
              />
              <mat-hint>{{ t('bankReferenceHint') }}</mat-hint>
              <mat-error>{{ form.controls.bankReference.errors | skPaymentError }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ t('paidOn') }}</mat-label>
              <input
                matInput
                type="date"
                formControlName="paidOn"
                required
                [attr.max]="today"
                [attr.min]="approvedOn"
              />
              <mat-hint>{{ t('paidOnHint') }}</mat-hint>
              <mat-error>{{ form.controls.paidOn.errors | skPaymentError }}</mat-error>
            </mat-form-field>
          </div>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close>{{ t('cancel') }}</button>
          <button mat-flat-button type="submit" [disabled]="busy()" [attr.aria-busy]="busy()">
            {{ t('confirm') }}
          </button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 12px;
    }
  `,
})
export class MarkPaidDialogComponent {
  private readonly api = inject(PaymentsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly dialogRef = inject<MatDialogRef<MarkPaidDialogComponent, PaymentDto>>(MatDialogRef);
  protected readonly data = inject<PaymentDialogData>(MAT_DIALOG_DATA);

  protected readonly referenceMaxLength = BANK_REFERENCE_MAX_LENGTH;
  protected readonly form = markPaidForm(this.data.payment.approvedAt);
  protected readonly today = tiraneDate(new Date());
  protected readonly approvedOn = this.data.payment.approvedAt ? tiraneDate(this.data.payment.approvedAt) : null;
  protected readonly busy = signal(false);
  protected readonly failure = signal<ActionFailure | null>(null);

  protected async markPaid(): Promise<void> {
    if (this.busy()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    try {
      const request = toMarkPaidRequest(this.form);
      this.dialogRef.close(await firstValueFrom(this.api.markPaid(this.data.payment.id, request)));
    } catch (caught: unknown) {
      const failure = toApiFailure(caught);
      const describe = () => actionFailure(failure, this.transloco).message;
      // The date refused for being before the approval or in the future belongs under the date.
      const unplaced = placeFailure(this.form, failure, describe, { codes: { payment_paid_on_invalid: 'paidOn' } });
      if (unplaced.length > 0) this.failure.set(actionFailure(failure, this.transloco));
    } finally {
      this.busy.set(false);
    }
  }
}
