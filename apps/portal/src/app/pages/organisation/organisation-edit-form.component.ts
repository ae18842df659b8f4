import { ChangeDetectionStrategy, Component, ElementRef, OnInit, computed, inject, input, output, signal } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { AREAS_OF_WORK, AreaOfWork, REGION_CODES, REGION_NAMES, RegionCode } from '@skema/contracts';
import { formatIban, normaliseIban } from '@skema/domain';
import { firstValueFrom } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../core/http/api-failure';
import { LanguageService } from '../../core/i18n/language.service';
import { translatedOptions } from '../../core/i18n/translated-options';
import { CheckboxGroupComponent } from '../../shared/forms/checkbox-group.component';
import { FORM_PROVIDERS } from '../../shared/forms/form-providers';
import { SkFieldErrorPipe } from '../../shared/forms/field-error.pipe';
import { focusFirstInvalid, placeFailure } from '../../shared/forms/server-errors';
import { atLeastOne, email, iban, phone } from '../../shared/forms/validators';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { OrganisationApi, OrganisationDto } from './organisation-api';

/** The parts of the profile a CSO keeps up to date itself; its legal identity is not among them. */
@Component({
  selector: 'sk-organisation-edit-form',
  imports: [
    CheckboxGroupComponent,
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    NoticeComponent,
    ReactiveFormsModule,
    SkFieldErrorPipe,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation-edit-form.component.html',
})
export class OrganisationEditFormComponent implements OnInit {
  private readonly api = inject(OrganisationApi);
  private readonly transloco = inject(TranslocoService);
  private readonly languageService = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly organisation = input.required<OrganisationDto>();
  readonly saved = output<OrganisationDto>();
  readonly cancelled = output<void>();

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    acronym: ['', Validators.maxLength(30)],
    address: ['', [Validators.required, Validators.minLength(5), Validators.maxLength(300)]],
    email: ['', [Validators.required, email, Validators.maxLength(254)]],
    phone: ['', [Validators.required, phone]],
    regions: this.fb.control<RegionCode[]>([], atLeastOne),
    areasOfWork: this.fb.control<AreaOfWork[]>([], atLeastOne),
    iban: ['', [Validators.required, iban]],
  });
  protected readonly controls = this.form.controls;
  protected readonly areas = translatedOptions(AREAS_OF_WORK, 'organisation.areasOfWork');
  protected readonly regions = computed(() => {
    const language = this.languageService.language();
    return REGION_CODES.map((code) => ({ value: code, label: REGION_NAMES[code][language] }));
  });
  protected readonly busy = signal(false);
  protected readonly errors = signal<readonly string[]>([]);

  ngOnInit(): void {
    const o = this.organisation();
    this.form.setValue({
      acronym: o.acronym ?? '',
      address: o.address ?? '',
      email: o.email,
      phone: o.phone ?? '',
      regions: [...o.regions],
      areasOfWork: [...o.areasOfWork],
      iban: o.iban ? formatIban(o.iban) : '',
    });
    setTimeout(() => this.host.nativeElement.querySelector<HTMLInputElement>('input')?.focus());
  }

  protected groupError(control: AbstractControl, message: string): string {
    return control.invalid && (control.touched || control.dirty) ? message : '';
  }

  protected tidyIban(): void {
    const control = this.controls.iban;
    if (control.valid && control.value) control.setValue(formatIban(control.value));
  }

  protected async submit(): Promise<void> {
    this.errors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    const value = this.form.getRawValue();
    try {
      const updated = await firstValueFrom(
        this.api.update(this.organisation().id, {
          ...value,
          acronym: value.acronym.trim(),
          address: value.address.trim(),
          email: value.email.trim(),
          phone: value.phone.trim(),
          iban: normaliseIban(value.iban),
        }),
      );
      this.saved.emit(updated);
    } catch (caught: unknown) {
      const unplaced = placeFailure(this.form, toApiFailure(caught), (f) => describeApiFailure(f, this.transloco));
      this.errors.set(unplaced);
      setTimeout(() => focusFirstInvalid(this.host.nativeElement));
    } finally {
      this.busy.set(false);
    }
  }
}
