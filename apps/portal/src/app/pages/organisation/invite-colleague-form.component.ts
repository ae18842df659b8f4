import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, signal, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { LOCALES, Locale } from '@skema/contracts';
import { firstValueFrom } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../core/http/api-failure';
import { LanguageService } from '../../core/i18n/language.service';
import { FORM_PROVIDERS } from '../../shared/forms/form-providers';
import { SkFieldErrorPipe } from '../../shared/forms/field-error.pipe';
import { focusFirstInvalid, placeFailure } from '../../shared/forms/server-errors';
import { email } from '../../shared/forms/validators';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { OrganisationApi } from './organisation-api';

/** An applicant brings a colleague into their CSO; the colleague gets an e-mail to set a password. */
@Component({
  selector: 'sk-invite-colleague-form',
  imports: [
    MatButton,
    MatCard,
    MatCardContent,
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
    <mat-card appearance="outlined" *transloco="let t">
      <mat-card-content>
        <h2 class="sk-section-title">{{ t('organisation.invite.title') }}</h2>
        <p>{{ t('organisation.invite.intro') }}</p>
        @if (invited(); as address) {
          <sk-notice kind="success"><p>{{ t('organisation.invite.sent', { email: address }) }}</p></sk-notice>
        }
        @if (error(); as message) {
          <sk-notice kind="error"><p>{{ message }}</p></sk-notice>
        }
        <form class="sk-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <div class="sk-form__row">
            <mat-form-field>
              <mat-label>{{ t('invite.displayName') }}</mat-label>
              <input matInput formControlName="displayName" autocomplete="off" required />
              <mat-error>{{ form.controls.displayName.errors | skFieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ t('invite.email') }}</mat-label>
              <input matInput type="email" formControlName="email" autocomplete="off" required />
              <mat-error>{{ form.controls.email.errors | skFieldError }}</mat-error>
            </mat-form-field>
          </div>
          <mat-form-field>
            <mat-label>{{ t('invite.locale') }}</mat-label>
            <mat-select formControlName="locale">
              @for (locale of locales; track locale) {
                <mat-option [value]="locale">{{ t('language.' + locale) }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{ t('invite.localeHint') }}</mat-hint>
          </mat-form-field>
          <div class="sk-form__actions">
            <button mat-flat-button type="submit" [disabled]="busy()">{{ t('invite.submit') }}</button>
          </div>
        </form>
      </mat-card-content>
    </mat-card>
  `,
})
export class InviteColleagueFormComponent {
  private readonly api = inject(OrganisationApi);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService).language;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  readonly organisationId = input.required<string>();

  protected readonly locales = LOCALES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
    email: ['', [Validators.required, email, Validators.maxLength(254)]],
    locale: this.language() as Locale,
  });
  protected readonly busy = signal(false);
  protected readonly invited = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  constructor() {
    // The colleague's language defaults to the page's, until the applicant picks one.
    effect(() => {
      const language = this.language();
      const locale = this.form.controls.locale;
      if (locale.pristine) locale.setValue(language);
    });
  }

  protected async submit(): Promise<void> {
    this.invited.set(null);
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    const { displayName, email: address, locale } = this.form.getRawValue();
    try {
      await firstValueFrom(
        this.api.inviteColleague(this.organisationId(), { displayName: displayName.trim(), email: address.trim(), locale }),
      );
      this.formDirective().resetForm({ displayName: '', email: '', locale: this.language() });
      this.invited.set(address.trim());
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
