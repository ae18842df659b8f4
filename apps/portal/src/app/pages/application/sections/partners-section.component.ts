import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { APPLICATION_CONTENT_LIMITS, PartnerContent, PartnersContent } from '@skema/contracts';
import { SkFieldErrorPipe } from '../../../shared/forms/field-error.pipe';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { AddRowButtonComponent } from './add-row-button.component';
import { ListRowComponent } from './list-row.component';
import { ListSectionDirective, SectionList } from './section-form';
import { readPartners } from './section-content';

const { shortTextMaxLength, textMaxLength } = APPLICATION_CONTENT_LIMITS;

function partnerGroup(fb: NonNullableFormBuilder, value: PartnerContent = { name: '', role: '', contact: '' }) {
  return fb.group({
    name: [value.name, [Validators.required, Validators.maxLength(shortTextMaxLength)]],
    role: [value.role, [Validators.required, Validators.maxLength(textMaxLength)]],
    contact: [value.contact ?? '', Validators.maxLength(shortTextMaxLength)],
  });
}

/** `partners`: optional; organisations that take part in the action, and what each does. */
@Component({
  selector: 'sk-partners-section',
  imports: [
    AddRowButtonComponent,
    ListRowComponent,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    SkFieldErrorPipe,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sk-form" [formGroup]="form" *transloco="let t; prefix: 'application.partners'">
      <p>{{ t('intro') }}</p>
      @for (row of form.controls.partners.controls; track row; let i = $index) {
        <sk-list-row
          [formGroup]="row"
          [legend]="t('partnerN', { n: i + 1 })"
          [removeLabel]="t('remove', { n: i + 1 })"
          [removable]="editable()"
          (remove)="remove(i)"
        >
          <mat-form-field>
            <mat-label>{{ t('name') }}</mat-label>
            <input matInput [id]="'partners-' + i + '-name'" formControlName="name" />
            <mat-error>{{ row.controls.name.errors | skFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ t('contact') }}</mat-label>
            <input matInput [id]="'partners-' + i + '-contact'" formControlName="contact" />
            <mat-error>{{ row.controls.contact.errors | skFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field class="list-row__wide">
            <mat-label>{{ t('role') }}</mat-label>
            <textarea matInput [id]="'partners-' + i + '-role'" formControlName="role" rows="2"></textarea>
            <mat-error>{{ row.controls.role.errors | skFieldError }}</mat-error>
          </mat-form-field>
        </sk-list-row>
      } @empty {
        <p>{{ t('none') }}</p>
      }
      @if (canAdd()) {
        <sk-add-row-button [label]="t('add')" (add)="add()" />
      }
    </div>
  `,
})
export class PartnersSectionComponent extends ListSectionDirective<
  PartnersContent,
  PartnerContent,
  ReturnType<typeof partnerGroup>
> {
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({ partners: this.fb.array<ReturnType<typeof partnerGroup>>([]) });
  protected readonly read = readPartners;
  protected readonly list: SectionList<PartnerContent, ReturnType<typeof partnerGroup>> = {
    rows: this.form.controls.partners,
    row: (value) => partnerGroup(this.fb, value),
    firstFieldId: (index) => `partners-${index}-name`,
  };

  protected fill(content: PartnersContent): void {
    this.fillRows(content.partners);
  }

  protected content(): PartnersContent {
    return this.form.getRawValue();
  }
}
