import { EnvironmentInjector, Injectable, inject } from '@angular/core';
import type { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';

const SNACKBAR_DURATION_MS = 10_000;

/** Tells the person about a failure nothing on the page is showing. */
@Injectable({ providedIn: 'root' })
export class ErrorNotifier {
  private readonly injector = inject(EnvironmentInjector);
  private readonly transloco = inject(TranslocoService);
  // The snackbar and its overlay weigh ~40 kB; most visits never fail, so they load on first use.
  private snackBar?: Promise<MatSnackBar>;

  notify(message: string): void {
    this.snackBar ??= import('@angular/material/snack-bar').then(({ MatSnackBar }) => this.injector.get(MatSnackBar));
    void this.snackBar.then((snackBar) =>
      snackBar.open(message, this.transloco.translate('common.dismiss'), {
        duration: SNACKBAR_DURATION_MS,
        politeness: 'assertive',
      }),
    );
  }
}
