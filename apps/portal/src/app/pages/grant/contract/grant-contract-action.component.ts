import { ChangeDetectionStrategy, Component, Injector, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { Router } from '@angular/router';
import { TranslocoDirective, provideTranslocoScope } from '@jsverse/transloco';
import type { GrantDto } from '@skema/contracts';
import { firstValueFrom } from 'rxjs';
import { GrantContractDialogComponent, type GrantContractDialogData } from './grant-contract-dialog.component';

/**
 * "Contract" beside a selected application in the published ranking: opens the contract's dialog
 * and, once the contract is made, goes to the new grant's page. Its words are the grant pages' own
 * (the `grant` scope), so the ranking only places it.
 */
@Component({
  selector: 'sk-grant-contract-action',
  imports: [MatButton, MatIcon, TranslocoDirective],
  providers: [provideTranslocoScope('grant')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-stroked-button
      type="button"
      *transloco="let t; prefix: 'grant.contract'"
      [attr.aria-label]="t('actionFor', { reference: reference() })"
      (click)="open()"
    >
      <mat-icon aria-hidden="true">handshake</mat-icon>{{ t('action') }}
    </button>
  `,
})
export class GrantContractActionComponent {
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);

  readonly applicationId = input.required<string>();
  readonly reference = input.required<string>();
  readonly organisationName = input.required<string>();
  readonly awardCents = input<number | null>(null);

  protected async open(): Promise<void> {
    const data: GrantContractDialogData = {
      applicationId: this.applicationId(),
      reference: this.reference(),
      organisationName: this.organisationName(),
      awardCents: this.awardCents(),
    };
    const ref = this.dialog.open<GrantContractDialogComponent, GrantContractDialogData, GrantDto | null>(
      GrantContractDialogComponent,
      { injector: this.injector, width: '34rem', maxWidth: '95vw', data },
    );
    const grant = await firstValueFrom(ref.afterClosed());
    if (grant) await this.router.navigate(['/my-grants', grant.id]);
  }
}
