import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { LOCALES, Locale, Role, UserSummaryDto } from '@skema/contracts';
import { firstValueFrom } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../../core/http/api-failure';
import { LanguageService } from '../../../core/i18n/language.service';
import { translatedOptions } from '../../../core/i18n/translated-options';
import { CheckboxGroupComponent } from '../../../shared/forms/checkbox-group.component';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { SkFieldErrorPipe } from '../../../shared/forms/field-error.pipe';
import { focusFirstInvalid, placeFailure } from '../../../shared/forms/server-errors';
import { atLeastOne, email } from '../../../shared/forms/validators';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { STAFF_ROLES, UsersApi } from './users-api';

/** An administrator invites a member of staff; they receive an e-mail to choose a password. */
@Component({
  selector: 'sk-invite-staff-dialog',
  imports: [
    CheckboxGroupComponent,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    NoticeComponent,
    ReactiveFormsModule,
    SkFieldErrorPipe,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('admin.users.inviteTitle') }}</h2>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-dialog-content class="sk-form">
          <p>{{ t('admin.users.inviteIntro') }}</p>
          @if (error(); as message) {
            <sk-notice kind="error"><p>{{ message }}</p></sk-notice>
          }
          <mat-form-field>
            <mat-label>{{ t('invite.displayName') }}</mat-label>
            <input matInput formControlName="displayName" autocomplete="off" required cdkFocusInitial />
            <mat-error>{{ form.controls.displayName.errors | skFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ t('invite.email') }}</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="off" required />
            <mat-error>{{ form.controls.email.errors | skFieldError }}</mat-error>
          </mat-form-field>
          <sk-checkbox-group
            formControlName="roles"
            [legend]="t('invite.roles')"
            [options]="roleOptions()"
            [error]="groupError(form.controls.roles, (form.controls.roles.errors | skFieldError))"
          />
          <mat-form-field>
            <mat-label>{{ t('invite.locale') }}</mat-label>
            <mat-select formControlName="locale">
              @for (locale of locales; track locale) {
                <mat-option [value]="locale">{{ t('language.' + locale) }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{ t('invite.localeHint') }}</mat-hint>
          </mat-form-field>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close>{{ t('common.cancel') }}</button>
          <button mat-flat-button type="submit" [disabled]="busy()">{{ t('invite.submit') }}</button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
})
export class InviteStaffDialogComponent {
  private readonly api = inject(UsersApi);
  private readonly dialogRef = inject<MatDialogRef<InviteStaffDialogComponent, UserSummaryDto>>(MatDialogRef);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly locales = LOCALES;
  protected readonly roleOptions = translatedOptions(STAFF_ROLES, 'roles');
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    displayName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
    email: ['', [Validators.required, email, Validators.maxLength(254)]],
    roles: this.fb.control<Role[]>([], atLeastOne),
    locale: inject(LanguageService).language() as Locale,
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected groupError(control: AbstractControl, message: string): string {
    return control.invalid && (control.touched || control.dirty) ? message : '';
  }

  protected async submit(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    const value = this.form.getRawValue();
    try {
      const invited = await firstValueFrom(
        this.api.invite({ ...value, displayName: value.displayName.trim(), email: value.email.trim() }),
      );
      this.dialogRef.close(invited);
    } catch (caught: unknown) {
      const unplaced = placeFailure(this.form, toApiFailure(caught), (f) => describeApiFailure(f, this.transloco), {
        codes: { email_taken: 'email' },
      });
      this.error.set(unplaced.join(' ') || null);
      setTimeout(() => focusFirstInvalid(this.host.nativeElement));
    } finally {
      this.busy.set(false);
    }
  }
}
