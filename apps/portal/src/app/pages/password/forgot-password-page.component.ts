import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AccountLinksApi } from '../../core/auth/account-links-api';
import { describeApiFailure, toApiFailure } from '../../core/http/api-failure';
import { FORM_PROVIDERS } from '../../shared/forms/form-providers';
import { SkFieldErrorPipe } from '../../shared/forms/field-error.pipe';
import { applyProblem, focusFirstInvalid } from '../../shared/forms/server-errors';
import { email } from '../../shared/forms/validators';
import { NoticeComponent } from '../../shared/notice/notice.component';

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
@Component({
  selector: 'sk-forgot-password-page',
  imports: [
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    NoticeComponent,
    ReactiveFormsModule,
    RouterLink,
    SkFieldErrorPipe,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sk-auth-page" *transloco="let t; prefix: 'forgotPassword'">
      <header class="sk-page-header">
        <h1>{{ t('title') }}</h1>
        <p>{{ t('intro') }}</p>
      </header>
      @if (sentTo(); as address) {
        <sk-notice kind="success"><p>{{ t('sent', { email: address }) }}</p></sk-notice>
        <a routerLink="/sign-in">{{ t('backToSignIn') }}</a>
      } @else {
        @if (error(); as message) {
          <sk-notice kind="error"><p>{{ message }}</p></sk-notice>
        }
        <mat-card appearance="outlined">
          <mat-card-content>
            <form class="sk-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
              <mat-form-field>
                <mat-label>{{ t('email') }}</mat-label>
                <input matInput type="email" autocomplete="email" required [formControl]="email" />
                <mat-error>{{ email.errors | skFieldError }}</mat-error>
              </mat-form-field>
              <div class="sk-form__actions">
                <button mat-flat-button type="submit" [disabled]="busy()">{{ t('submit') }}</button>
                <a routerLink="/sign-in">{{ t('backToSignIn') }}</a>
              </div>
            </form>
          </mat-card-content>
        </mat-card>
      }
    </div>
  `,
})
export class ForgotPasswordPageComponent {
  private readonly api = inject(AccountLinksApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly email = new FormControl('', { nonNullable: true, validators: [Validators.required, email] });
  /** Shaped like the request, so the API's field errors find the field. */
  protected readonly form = new FormGroup({ email: this.email });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly sentTo = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.email.invalid) {
      this.email.markAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.api.requestPasswordReset(this.email.value.trim()));
      this.sentTo.set(this.email.value.trim());
    } catch (caught: unknown) {
      const failure = toApiFailure(caught);
      const unplaced =
        failure.kind === 'problem'
          ? applyProblem(this.form, failure.problem)
          : [describeApiFailure(failure, this.transloco)];
      this.error.set(unplaced.join(' ') || null);
    } finally {
      this.busy.set(false);
    }
  }
}
