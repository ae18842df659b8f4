import { Injector, type Type, inject } from '@angular/core';
import { type AutoFocusTarget, MatDialog } from '@angular/material/dialog';
import type { PaymentDto } from '@skema/contracts';
import { type Observable, firstValueFrom } from 'rxjs';
import { ApproveDialogComponent, type PaymentDialogData } from './approve-dialog.component';
import { MarkPaidDialogComponent } from './mark-paid-dialog.component';
import { RejectDialogComponent } from './reject-dialog.component';

export type PaymentAction = 'approve' | 'reject' | 'paid';

/** MatDialog takes a selector as well as a strategy: the field marked for focus, found without layout. */
const FIRST_FIELD = '[cdkFocusInitial]';

const DIALOGS: Readonly<Record<PaymentAction, { component: Type<unknown>; autoFocus: AutoFocusTarget | string }>> = {
  // Nothing to type: focus starts on the title, so the payment is read out from the top.
  approve: { component: ApproveDialogComponent, autoFocus: 'first-heading' },
  // A form: focus starts in its first field, which the dialog marks `cdkFocusInitial`.
  reject: { component: RejectDialogComponent, autoFocus: FIRST_FIELD },
  paid: { component: MarkPaidDialogComponent, autoFocus: FIRST_FIELD },
};

/**
 * `openPaymentDialog(action, payment)` resolves with the payment as the API returned it after the
 * action, or undefined when the person cancelled. Focus moves into the dialog and, on closing, back
 * to the button that opened it (MatDialog's `restoreFocus`); when that row is gone, the caller moves
 * focus to the outcome it announces.
 */
export function injectPaymentDialogs(): (
  action: PaymentAction,
  payment: PaymentDto,
) => Promise<PaymentDto | undefined> {
  const dialog = inject(MatDialog);
  // The caller's injector: the dialog then sees the page's translation scope.
  const injector = inject(Injector);
  return (action, payment) => {
    const { component, autoFocus } = DIALOGS[action];
    const ref = dialog.open<unknown, PaymentDialogData, PaymentDto>(component, {
      data: { payment },
      injector,
      autoFocus,
      restoreFocus: true,
      width: '36rem',
      maxWidth: '95vw',
    });
    return firstValueFrom(ref.afterClosed() as Observable<PaymentDto | undefined>);
  };
}
