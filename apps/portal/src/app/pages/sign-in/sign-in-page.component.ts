import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { AuthService } from '../../core/auth/auth.service';
import { landingPath, safeReturnUrl } from '../../core/auth/auth-redirects';
import { describeApiFailure, toApiFailure } from '../../core/http/api-failure';
import { FORM_PROVIDERS } from '../../shared/forms/form-providers';
import { SkFieldErrorPipe } from '../../shared/forms/field-error.pipe';
import { focusFirstInvalid } from '../../shared/forms/server-errors';
import { email, otpOrRecoveryCode } from '../../shared/forms/validators';
import { NoticeComponent } from '../../shared/notice/notice.component';

/** Why the person was sent here, said on arrival (from `?notice=` after confirming or resetting). */
const ARRIVAL_NOTICES = ['confirmed', 'passwordReset', 'invitationAccepted'] as const;
type ArrivalNotice = (typeof ARRIVAL_NOTICES)[number];

/**
 * Two steps when the account has a second factor: the API answers `second_factor_required` to the
 * password, and the same request is sent again with the code.
 */
@Component({
  selector: 'sk-sign-in-page',
  imports: [
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatIconButton,
    MatInput,
    MatLabel,
    MatSuffix,
    NoticeComponent,
    ReactiveFormsModule,
    RouterLink,
    SkFieldErrorPipe,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in-page.component.html',
  styleUrl: './sign-in-page.component.scss',
})
export class SignInPageComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Query parameters, bound by the router. */
  readonly returnUrl = input<string>();
  readonly notice = input<string>();

  protected readonly arrivalNotice = computed<ArrivalNotice | null>(() => {
    const notice = this.notice();
    return (ARRIVAL_NOTICES as readonly string[]).includes(notice ?? '') ? (notice as ArrivalNotice) : null;
  });
  protected readonly sessionEnded = computed(() => this.auth.sessionEnd() === 'expired');

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, email]],
    password: ['', Validators.required],
  });
  protected readonly otp = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, otpOrRecoveryCode],
  });
  /** Every <form> has a form directive: a bare one would submit natively and reload the page. */
  protected readonly codeForm = new FormGroup({ otp: this.otp });

  protected readonly step = signal<'password' | 'code'>('password');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly showPassword = signal(false);

  protected submitPassword(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    void this.attempt();
  }

  protected submitCode(): void {
    if (this.otp.invalid) {
      this.otp.markAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    void this.attempt(this.otp.value.replace(/\s/g, ''));
  }

  protected back(): void {
    this.step.set('password');
    this.otp.reset();
    this.error.set(null);
  }

  private async attempt(otp?: string): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const user = await this.auth.signIn({ ...this.form.getRawValue(), otp });
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? landingPath(user));
    } catch (caught: unknown) {
      this.onFailure(caught, otp !== undefined);
    } finally {
      this.busy.set(false);
    }
  }

  private onFailure(caught: unknown, withCode: boolean): void {
    const failure = toApiFailure(caught);
    const code = failure.kind === 'problem' ? failure.problem.code : null;
    if (code === 'second_factor_required') {
      this.step.set('code');
      // The new field appears after this change: focus it once rendered.
      setTimeout(() => this.host.nativeElement.querySelector<HTMLInputElement>('#sign-in-otp')?.focus());
      return;
    }
    if (code === 'second_factor_invalid' && withCode) {
      this.otp.setErrors({ server: describeApiFailure(failure, this.transloco) });
      this.otp.markAsTouched();
      this.host.nativeElement.querySelector<HTMLInputElement>('#sign-in-otp')?.select();
      return;
    }
    if (withCode && code === 'invalid_credentials') this.back();
    this.error.set(describeApiFailure(failure, this.transloco));
  }
}
