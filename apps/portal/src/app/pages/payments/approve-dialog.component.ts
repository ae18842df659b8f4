import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { PaymentDto } from '@skema/contracts';
import { firstValueFrom } from 'rxjs';
import { toApiFailure } from '../../core/http/api-failure';
import { type ActionFailure, PaymentFailureComponent, actionFailure } from './payment-failure.component';
import { PaymentSummaryComponent } from './payment-summary.component';
import { PaymentsApi } from './payments-api';

export interface PaymentDialogData {
  readonly payment: PaymentDto;
}

/**
 * The second finance officer's approval. The API has the last word: it refuses the preparer (four
 * eyes) and an approval that would take the approved and paid payments past the award, listing the
 * amounts; the refusal stays in the dialog, next to the payment it is about.
 */
@Component({
  selector: 'sk-approve-payment-dialog',
  imports: [
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatIcon,
    PaymentFailureComponent,
    PaymentSummaryComponent,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'payments.approveDialog'">
      <h2 mat-dialog-title>{{ t('title') }}</h2>
      <mat-dialog-content>
        <sk-payment-summary [payment]="data.payment" />
        <p>{{ t('text') }}</p>
        @if (failure(); as refused) {
          <sk-payment-failure [failure]="refused" [title]="t('failed')" />
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ t('cancel') }}</button>
        <button mat-flat-button type="button" [disabled]="busy()" [attr.aria-busy]="busy()" (click)="approve()">
          <mat-icon aria-hidden="true">task_alt</mat-icon>{{ t('confirm') }}
        </button>
      </mat-dialog-actions>
    </ng-container>
  `,
})
export class ApproveDialogComponent {
  private readonly api = inject(PaymentsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly dialogRef = inject<MatDialogRef<ApproveDialogComponent, PaymentDto>>(MatDialogRef);
  protected readonly data = inject<PaymentDialogData>(MAT_DIALOG_DATA);

  protected readonly busy = signal(false);
  protected readonly failure = signal<ActionFailure | null>(null);

  protected async approve(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    try {
      this.dialogRef.close(await firstValueFrom(this.api.approve(this.data.payment.id)));
    } catch (caught: unknown) {
      this.failure.set(actionFailure(toApiFailure(caught), this.transloco));
    } finally {
      this.busy.set(false);
    }
  }
}
