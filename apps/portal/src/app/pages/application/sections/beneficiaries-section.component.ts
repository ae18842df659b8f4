import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  AGE_BANDS,
  APPLICATION_CONTENT_LIMITS,
  AgeBand,
  BeneficiariesContent,
  PlannedBeneficiaryContent,
  SEXES,
  Sex,
  VICTIM_CATEGORIES,
  VictimCategory,
} from '@skema/contracts';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { AddRowButtonComponent } from './add-row-button.component';
import { ListRowComponent } from './list-row.component';
import { ListSectionDirective, SectionList } from './section-form';
import { readBeneficiaries } from './section-content';

const { beneficiaryCountMax } = APPLICATION_CONTENT_LIMITS;

const BLANK: PlannedBeneficiaryContent = { category: 'trafficking', sex: 'female', ageBand: null, count: 0 };

function plannedGroup(fb: NonNullableFormBuilder, value: PlannedBeneficiaryContent = BLANK) {
  return fb.group({
    category: fb.control<VictimCategory>(value.category, Validators.required),
    sex: fb.control<Sex>(value.sex, Validators.required),
    ageBand: fb.control<AgeBand | null>(value.ageBand ?? null),
    count: fb.control<number | null>(value.count || null, [
      Validators.required,
      Validators.min(1),
      Validators.max(beneficiaryCountMax),
      Validators.pattern(/^\d+$/),
    ]),
  });
}

/**
 * `beneficiaries`: the people the action plans to serve, by victim category (DESIGN §4), sex and,
 * optionally, age band, with how many of each; the total is shown as the rows change.
 */
@Component({
  selector: 'sk-beneficiaries-section',
  imports: [
    AddRowButtonComponent,
    ListRowComponent,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sk-form" [formGroup]="form" *transloco="let t; prefix: 'application.beneficiaries'">
      <p>{{ t('intro') }}</p>
      @for (row of form.controls.planned.controls; track row; let i = $index) {
        <sk-list-row
          [formGroup]="row"
          [legend]="t('groupN', { n: i + 1 })"
          [removeLabel]="t('remove', { n: i + 1 })"
          [removable]="editable()"
          (remove)="remove(i)"
        >
          <mat-form-field>
            <mat-label>{{ t('category') }}</mat-label>
            <mat-select [id]="'beneficiaries-' + i + '-category'" formControlName="category">
              @for (category of categories; track category) {
                <mat-option [value]="category">{{ t('categories.' + category) }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ t('sex') }}</mat-label>
            <mat-select [id]="'beneficiaries-' + i + '-sex'" formControlName="sex">
              @for (sex of sexes; track sex) {
                <mat-option [value]="sex">{{ t('sexes.' + sex) }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ t('ageBand') }}</mat-label>
            <mat-select [id]="'beneficiaries-' + i + '-age'" formControlName="ageBand">
              <mat-option [value]="null">{{ t('allAges') }}</mat-option>
              @for (band of ageBands; track band) {
                <mat-option [value]="band">{{ band }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ t('count') }}</mat-label>
            <input
              matInput
              [id]="'beneficiaries-' + i + '-count'"
              type="number"
              min="1"
              step="1"
              formControlName="count"
            />
            <mat-error>{{ t('countError', { max: countMax }) }}</mat-error>
          </mat-form-field>
        </sk-list-row>
      } @empty {
        <p>{{ t('none') }}</p>
      }
      <p class="total" aria-live="polite">{{ t('total', { count: total() }) }}</p>
      @if (canAdd()) {
        <sk-add-row-button [label]="t('add')" (add)="add()" />
      }
    </div>
  `,
  styles: `
    .total {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
  `,
})
export class BeneficiariesSectionComponent extends ListSectionDirective<
  BeneficiariesContent,
  PlannedBeneficiaryContent,
  ReturnType<typeof plannedGroup>
> {
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly categories = VICTIM_CATEGORIES;
  protected readonly sexes = SEXES;
  protected readonly ageBands = AGE_BANDS;
  protected readonly countMax = beneficiaryCountMax;
  protected readonly form = this.fb.group({ planned: this.fb.array<ReturnType<typeof plannedGroup>>([]) });
  protected readonly read = readBeneficiaries;
  protected readonly list: SectionList<PlannedBeneficiaryContent, ReturnType<typeof plannedGroup>> = {
    rows: this.form.controls.planned,
    row: (value) => plannedGroup(this.fb, value),
    firstFieldId: (index) => `beneficiaries-${index}-count`,
  };
  protected readonly total = signal(0);

  constructor() {
    super();
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.total.set(this.sum()));
  }

  protected fill(content: BeneficiariesContent): void {
    this.fillRows(content.planned);
    // Filling emits nothing, so the total is brought up to date by hand.
    this.total.set(this.sum());
  }

  protected content(): BeneficiariesContent {
    const planned = this.form
      .getRawValue()
      .planned.map((row) => ({ ...row, count: Number.isInteger(row.count) ? (row.count as number) : 0 }));
    return { planned };
  }

  private sum(): number {
    return this.form
      .getRawValue()
      .planned.reduce((total, row) => total + (Number.isInteger(row.count) ? (row.count as number) : 0), 0);
  }
}
