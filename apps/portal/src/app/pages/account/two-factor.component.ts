import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, DOCUMENT, ElementRef, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { describeApiFailure, toApiFailure } from '../../core/http/api-failure';
import { FORM_PROVIDERS } from '../../shared/forms/form-providers';
import { SkFieldErrorPipe } from '../../shared/forms/field-error.pipe';
import { focusFirstInvalid, placeFailure } from '../../shared/forms/server-errors';
import { otpCode, otpOrRecoveryCode } from '../../shared/forms/validators';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { AccountApi, SecondFactorSetup } from './account-api';

type Step = { kind: 'idle' } | { kind: 'scan'; setup: SecondFactorSetup } | { kind: 'codes'; codes: readonly string[] };

/**
 * Two-step verification (TOTP): scan, confirm with a first code, then keep the recovery codes, which
 * the API shows this one time only. Staff whose role requires it cannot turn it off.
 */
@Component({
  selector: 'sk-two-factor',
  imports: [
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    NoticeComponent,
    ReactiveFormsModule,
    SkFieldErrorPipe,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './two-factor.component.html',
  styleUrl: './two-factor.component.scss',
})
export class TwoFactorComponent {
  private readonly api = inject(AccountApi);
  private readonly auth = inject(AuthService);
  private readonly transloco = inject(TranslocoService);
  private readonly clipboard = inject(Clipboard);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly user = this.auth.user;
  protected readonly step = signal<Step>({ kind: 'idle' });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly copied = signal(false);
  protected readonly turnedOff = signal(false);

  protected readonly code = new FormControl('', { nonNullable: true, validators: [Validators.required, otpCode] });
  protected readonly codeForm = new FormGroup({ code: this.code });
  protected readonly disableForm = inject(NonNullableFormBuilder).group({
    password: ['', Validators.required],
    otp: ['', [Validators.required, otpOrRecoveryCode]],
  });

  /** The seed in groups of four, for typing into an app by hand when the camera is not an option. */
  protected readonly secretGroups = computed(() => {
    const step = this.step();
    return step.kind === 'scan' ? (step.setup.secret.match(/.{1,4}/g) ?? []).join(' ') : '';
  });

  protected async begin(): Promise<void> {
    await this.run(async () => {
      const setup = await firstValueFrom(this.api.beginSecondFactor());
      this.code.reset();
      this.step.set({ kind: 'scan', setup });
      this.focusLater('#two-factor-code');
    });
  }

  protected async confirm(): Promise<void> {
    if (this.code.invalid) {
      this.code.markAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    await this.run(async () => {
      try {
        const { recoveryCodes } = await firstValueFrom(this.api.enableSecondFactor(this.code.value.replace(/\s/g, '')));
        this.step.set({ kind: 'codes', codes: recoveryCodes });
        this.focusLater('#recovery-codes-title');
      } catch (caught: unknown) {
        const failure = toApiFailure(caught);
        this.code.setErrors({ server: describeApiFailure(failure, this.transloco) });
        this.code.markAsTouched();
      }
    });
  }

  protected cancel(): void {
    this.step.set({ kind: 'idle' });
  }

  protected copy(codes: readonly string[]): void {
    this.copied.set(this.clipboard.copy(codes.join('\n')));
  }

  protected download(codes: readonly string[]): void {
    const heading = this.transloco.translate('account.twoFactor.fileHeading', { email: this.user()?.email ?? '' });
    const blob = new Blob([`${heading}\n\n${codes.join('\n')}\n`], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = 'skema-recovery-codes.txt';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url));
  }

  /** Only now does the portal learn the factor is on (and, for staff, that the rest of Skema opens). */
  protected async finish(): Promise<void> {
    await this.run(async () => {
      await this.auth.reloadUser();
      this.step.set({ kind: 'idle' });
      this.copied.set(false);
    });
  }

  protected async turnOff(): Promise<void> {
    if (this.disableForm.invalid) {
      this.disableForm.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    await this.run(async () => {
      try {
        const { password, otp } = this.disableForm.getRawValue();
        await firstValueFrom(this.api.disableSecondFactor(password, otp.replace(/\s/g, '')));
        this.disableForm.reset();
        await this.auth.reloadUser();
        this.turnedOff.set(true);
      } catch (caught: unknown) {
        const unplaced = placeFailure(this.disableForm, toApiFailure(caught), (f) => describeApiFailure(f, this.transloco), {
          codes: { password_wrong: 'password', invalid_credentials: 'password', second_factor_invalid: 'otp' },
        });
        this.error.set(unplaced.join(' ') || null);
      }
    });
  }

  private async run(task: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.turnedOff.set(false);
    try {
      await task();
    } catch {
      // Unexpected failures were announced by the snackbar (requests without their own handling).
    } finally {
      this.busy.set(false);
    }
  }

  private focusLater(selector: string): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus());
  }
}
