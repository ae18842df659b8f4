import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { TranslocoService } from '@jsverse/transloco';
import { Observable, map } from 'rxjs';
import { ConfirmDialogComponent, ConfirmDialogData } from './confirm-dialog.component';

/**
 * `const confirm = injectConfirm(); confirm('submitConfirm')` asks with the texts under
 * `application.<key>.{title,message,confirm}`; true when the person confirmed.
 */
export function injectConfirm(): (key: string, params?: Record<string, unknown>) => Observable<boolean> {
  const dialog = inject(MatDialog);
  const transloco = inject(TranslocoService);
  return (key, params = {}) => {
    const text = (part: string) => transloco.translate(`application.${key}.${part}`, params);
    const data: ConfirmDialogData = {
      title: text('title'),
      message: text('message'),
      confirm: text('confirm'),
      cancel: transloco.translate('common.cancel'),
    };
    return dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, { data, maxWidth: '32rem' })
      .afterClosed()
      .pipe(map((confirmed) => confirmed === true));
  };
}
