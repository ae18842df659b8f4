import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton, MatIconButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { AREAS_OF_WORK, LEGAL_FORMS, REGION_CODES, REGION_NAMES } from '@skema/contracts';
import { formatIban, normaliseNuis } from '@skema/domain';
import { firstValueFrom } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../core/http/api-failure';
import { LanguageService } from '../../core/i18n/language.service';
import { translatedOptions } from '../../core/i18n/translated-options';
import { CheckboxGroupComponent } from '../../shared/forms/checkbox-group.component';
import { FORM_PROVIDERS } from '../../shared/forms/form-providers';
import { SkFieldErrorPipe } from '../../shared/forms/field-error.pipe';
import { focusFirstInvalid, placeFailure } from '../../shared/forms/server-errors';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { PasswordStrengthComponent } from '../../shared/password/password-strength.component';
import { REGISTRATION_PROBLEMS, buildRegisterForm, toRegistrationRequest } from './register-form';
import { RegistrationApi } from './registration-api';

/**
 * A CSO registers itself and its first applicant in one go (DESIGN §2). The form is one page in
 * sections rather than a stepper: people can see everything they will be asked, and the API's
 * field errors land where they belong whichever section they are in.
 */
@Component({
  selector: 'sk-register-page',
  imports: [
    CheckboxGroupComponent,
    MatAnchor,
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
    MatOption,
    MatSelect,
    MatSuffix,
    NoticeComponent,
    PasswordStrengthComponent,
    ReactiveFormsModule,
    RouterLink,
    SkFieldErrorPipe,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './register-page.component.html',
  styleUrl: './register-page.component.scss',
})
export class RegisterPageComponent {
  private readonly api = inject(RegistrationApi);
  private readonly transloco = inject(TranslocoService);
  private readonly languageService = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly form = buildRegisterForm(inject(NonNullableFormBuilder));
  protected readonly organisation = this.form.controls.organisation.controls;
  protected readonly applicant = this.form.controls.applicant.controls;

  protected readonly legalForms = translatedOptions(LEGAL_FORMS, 'organisation.legalForms');
  protected readonly areas = translatedOptions(AREAS_OF_WORK, 'organisation.areasOfWork');
  protected readonly regions = computed(() => {
    const language = this.languageService.language();
    return REGION_CODES.map((code) => ({ value: code, label: REGION_NAMES[code][language] }));
  });

  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  /** What the strength hint counts against the password: the names a guesser would try first. */
  protected readonly personal = computed(() => {
    const value = this.values();
    return [value.applicant?.email ?? '', value.applicant?.displayName ?? '', value.organisation?.legalName ?? ''];
  });
  protected readonly password = computed(() => this.values().applicant?.password ?? '');

  protected readonly busy = signal(false);
  protected readonly errors = signal<readonly string[]>([]);
  protected readonly registeredEmail = signal<string | null>(null);
  protected readonly showPassword = signal(false);

  /** Errors of a checkbox group show once it was touched, like a field's. */
  protected groupError(control: AbstractControl, message: string): string {
    return control.invalid && (control.touched || control.dirty) ? message : '';
  }

  /** People paste IBANs and NUIS in every shape; show them back as they are usually written. */
  protected tidyIban(): void {
    const control = this.organisation.iban;
    if (control.valid && control.value) control.setValue(formatIban(control.value));
  }

  protected tidyNuis(): void {
    const control = this.organisation.registrationNumber;
    if (control.value) control.setValue(normaliseNuis(control.value));
  }

  protected async submit(): Promise<void> {
    this.errors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set([this.transloco.translate('register.fixErrors')]);
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.register(toRegistrationRequest(this.form, this.languageService.language())));
      this.registeredEmail.set(this.applicant.email.value.trim());
      // The form is gone: put focus (and the screen reader) on what happened instead.
      setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('#registered-title')?.focus());
    } catch (caught: unknown) {
      const failure = toApiFailure(caught);
      const unplaced = placeFailure(this.form, failure, (f) => describeApiFailure(f, this.transloco), REGISTRATION_PROBLEMS);
      this.errors.set(unplaced.length ? unplaced : [this.transloco.translate('register.fixErrors')]);
      setTimeout(() => focusFirstInvalid(this.host.nativeElement));
    } finally {
      this.busy.set(false);
    }
  }
}
