import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { describeApiFailure, toApiFailure } from '../../core/http/api-failure';
import { FORM_PROVIDERS } from '../../shared/forms/form-providers';
import { SkFieldErrorPipe } from '../../shared/forms/field-error.pipe';
import { focusFirstInvalid, placeFailure } from '../../shared/forms/server-errors';
import { newPassword } from '../../shared/forms/validators';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { PasswordStrengthComponent } from '../../shared/password/password-strength.component';
import { AccountApi } from './account-api';

/** Changing the password signs out every other device (the API does it); this one stays signed in. */
@Component({
  selector: 'sk-change-password-form',
  imports: [
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    NoticeComponent,
    PasswordStrengthComponent,
    ReactiveFormsModule,
    SkFieldErrorPipe,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'account.password'">
      @if (done()) {
        <sk-notice kind="success"><p>{{ t('done') }}</p></sk-notice>
      }
      @if (error(); as message) {
        <sk-notice kind="error"><p>{{ message }}</p></sk-notice>
      }
      <form class="sk-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field>
          <mat-label>{{ t('current') }}</mat-label>
          <input matInput type="password" formControlName="currentPassword" autocomplete="current-password" required />
          <mat-error>{{ form.controls.currentPassword.errors | skFieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ t('new') }}</mat-label>
          <input matInput type="password" formControlName="newPassword" autocomplete="new-password" required />
          <mat-error>{{ form.controls.newPassword.errors | skFieldError }}</mat-error>
        </mat-form-field>
        <sk-password-strength [password]="password()" [personal]="personal()" />
        <div class="sk-form__actions">
          <button mat-flat-button type="submit" [disabled]="busy()">{{ t('submit') }}</button>
        </div>
      </form>
    </ng-container>
  `,
})
export class ChangePasswordFormComponent {
  private readonly api = inject(AccountApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly user = inject(AuthService).user;
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', newPassword],
  });
  protected readonly password = toSignal(this.form.controls.newPassword.valueChanges, { initialValue: '' });
  protected readonly personal = computed(() => [this.user()?.email ?? '', this.user()?.displayName ?? '']);

  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    this.done.set(false);
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    try {
      const { currentPassword, newPassword: next } = this.form.getRawValue();
      await firstValueFrom(this.api.changePassword(currentPassword, next));
      // Through the directive, so "submitted" resets too and the empty fields do not show as errors.
      this.formDirective().resetForm();
      this.done.set(true);
    } catch (caught: unknown) {
      const unplaced = placeFailure(this.form, toApiFailure(caught), (f) => describeApiFailure(f, this.transloco), {
        codes: {
          password_wrong: 'currentPassword',
          password_too_short: 'newPassword',
          password_too_long: 'newPassword',
          password_too_weak: 'newPassword',
        },
      });
      this.error.set(unplaced.join(' ') || null);
      setTimeout(() => focusFirstInvalid(this.host.nativeElement));
    } finally {
      this.busy.set(false);
    }
  }
}
