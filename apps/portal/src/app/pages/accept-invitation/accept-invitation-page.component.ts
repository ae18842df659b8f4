import { ChangeDetectionStrategy, Component, inject, input, signal, viewChild } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { Router } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AccountLinksApi } from '../../core/auth/account-links-api';
import { describeApiFailure, toApiFailure } from '../../core/http/api-failure';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { PASSWORD_PROBLEMS, SetPasswordFormComponent } from '../../shared/password/set-password-form.component';

/**
 * Opened from an invitation e-mail (a colleague's or an administrator's): the invited person chooses
 * a password, which also confirms their address, and then signs in.
 */
@Component({
  selector: 'sk-accept-invitation-page',
  imports: [MatCard, MatCardContent, NoticeComponent, SetPasswordFormComponent, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sk-auth-page" *transloco="let t; prefix: 'acceptInvitation'">
      <header class="sk-page-header">
        <h1>{{ t('title') }}</h1>
        <p>{{ t('intro') }}</p>
      </header>
      @if (!token()) {
        <sk-notice kind="error"><p>{{ t('missingToken') }}</p></sk-notice>
      } @else {
        @if (error(); as message) {
          <sk-notice kind="error"><p>{{ message }}</p></sk-notice>
        }
        <mat-card appearance="outlined">
          <mat-card-content>
            <sk-set-password-form [submitLabel]="t('submit')" [busy]="busy()" (submitted)="submit($event)" />
          </mat-card-content>
        </mat-card>
      }
    </div>
  `,
})
export class AcceptInvitationPageComponent {
  private readonly api = inject(AccountLinksApi);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly passwordForm = viewChild(SetPasswordFormComponent);

  /** From `?token=`, bound by the router. */
  readonly token = input<string>();

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(password: string): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.api.acceptInvitation(this.token() ?? '', password));
      await this.router.navigate(['/sign-in'], { queryParams: { notice: 'invitationAccepted' } });
    } catch (caught: unknown) {
      const failure = toApiFailure(caught);
      const code = failure.kind === 'problem' ? failure.problem.code : null;
      if (code && PASSWORD_PROBLEMS.includes(code)) this.passwordForm()?.refuse(describeApiFailure(failure, this.transloco));
      else this.error.set(describeApiFailure(failure, this.transloco));
    } finally {
      this.busy.set(false);
    }
  }
}
