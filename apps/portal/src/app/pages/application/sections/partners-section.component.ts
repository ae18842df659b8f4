import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { APPLICATION_CONTENT_LIMITS, PartnerContent, PartnersContent } from '@skema/contracts';
import { SkFieldErrorPipe } from '../../../shared/forms/field-error.pipe';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { SectionContent } from '../autosave/section-autosave';
import { ListRowComponent } from './list-row.component';
import { SectionFormDirective, focusRow, replaceRows } from './section-form';
import { readPartners } from './section-content';

const { shortTextMaxLength, textMaxLength, listMaxItems } = APPLICATION_CONTENT_LIMITS;

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
    ListRowComponent,
    MatButton,
    MatError,
    MatFormField,
    MatIcon,
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
      @if (editable() && form.controls.partners.length < maxItems) {
        <div class="sk-form__actions">
          <button mat-stroked-button type="button" (click)="add()">
            <mat-icon aria-hidden="true">add</mat-icon>{{ t('add') }}
          </button>
        </div>
      }
    </div>
  `,
})
export class PartnersSectionComponent extends SectionFormDirective<PartnersContent> {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly maxItems = listMaxItems;
  protected readonly form = this.fb.group({ partners: this.fb.array<ReturnType<typeof partnerGroup>>([]) });

  protected read(json: SectionContent | null): PartnersContent {
    return readPartners(json);
  }

  protected fill(content: PartnersContent): void {
    replaceRows(
      this.form.controls.partners,
      content.partners.map((partner) => partnerGroup(this.fb, partner)),
    );
  }

  protected content(): PartnersContent {
    return this.form.getRawValue();
  }

  protected add(): void {
    this.form.controls.partners.push(partnerGroup(this.fb));
    focusRow(this.host.nativeElement, `partners-${this.form.controls.partners.length - 1}-name`);
  }

  protected remove(index: number): void {
    this.form.controls.partners.removeAt(index);
  }
}
