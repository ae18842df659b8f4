import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { FORM_PROVIDERS } from '../forms/form-providers';
import { SkFieldErrorPipe } from '../forms/field-error.pipe';
import { focusFirstInvalid } from '../forms/server-errors';
import { newPassword } from '../forms/validators';
import { PasswordStrengthComponent } from './password-strength.component';

/** Problem codes the API gives for a new password it refuses; their text belongs under the field. */
export const PASSWORD_PROBLEMS = ['password_too_short', 'password_too_long', 'password_too_weak'];

/**
 * Choosing a new password (after a reset link or an invitation): one field with a show/hide toggle and
 * the strength hint. The page sends it and hands back any refusal with `refuse()`.
 */
@Component({
  selector: 'sk-set-password-form',
  imports: [
    MatButton,
    MatError,
    MatFormField,
    MatIcon,
    MatIconButton,
    MatInput,
    MatLabel,
    MatSuffix,
    PasswordStrengthComponent,
    ReactiveFormsModule,
    SkFieldErrorPipe,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form *transloco="let t" class="sk-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field>
        <mat-label>{{ t('password.new') }}</mat-label>
        <input
          matInput
          id="new-password"
          autocomplete="new-password"
          required
          [formControl]="password"
          [type]="visible() ? 'text' : 'password'"
        />
        <button
          mat-icon-button
          matSuffix
          type="button"
          [attr.aria-label]="visible() ? t('signIn.hidePassword') : t('signIn.showPassword')"
          [attr.aria-pressed]="visible()"
          (click)="visible.set(!visible())"
        >
          <mat-icon aria-hidden="true">{{ visible() ? 'visibility_off' : 'visibility' }}</mat-icon>
        </button>
        <mat-error>{{ password.errors | skFieldError }}</mat-error>
      </mat-form-field>
      <sk-password-strength [password]="value()" [personal]="personal()" />
      <div class="sk-form__actions">
        <button mat-flat-button type="submit" [disabled]="busy()">{{ submitLabel() }}</button>
      </div>
    </form>
  `,
})
export class SetPasswordFormComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly submitLabel = input.required<string>();
  readonly busy = input(false);
  readonly personal = input<readonly string[]>([]);
  readonly submitted = output<string>();

  protected readonly password = new FormControl('', { nonNullable: true, validators: newPassword });
  /** A form directive, not a bare <form>: without one the browser would submit (and reload) natively. */
  protected readonly form = new FormGroup({ password: this.password });
  protected readonly value = toSignal(this.password.valueChanges, { initialValue: '' });
  protected readonly visible = signal(false);

  /** Shows the API's reason under the field and puts the cursor back there. */
  refuse(message: string): void {
    this.password.setErrors({ server: message });
    this.password.markAsTouched();
    setTimeout(() => focusFirstInvalid(this.host.nativeElement));
  }

  protected submit(): void {
    if (this.password.invalid) {
      this.password.markAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.submitted.emit(this.password.value);
  }
}
