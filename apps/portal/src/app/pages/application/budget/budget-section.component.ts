import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { BudgetContent, BudgetLineContent } from '@skema/contracts';
import { BUDGET_CATEGORIES, GrantLimits } from '@skema/domain';
import { LanguageService } from '../../../core/i18n/language.service';
import { SkFieldErrorPipe } from '../../../shared/forms/field-error.pipe';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { SkMoneyPipe } from '../../../shared/pipes/money.pipe';
import { AddRowButtonComponent } from '../sections/add-row-button.component';
import { ListRowComponent } from '../sections/list-row.component';
import { ListSectionDirective, SectionList } from '../sections/section-form';
import { readBudget } from '../sections/section-content';
import { budgetFigures } from './budget-figures';
import { BudgetLineGroup, budgetLineGroup, toLineContent } from './budget-lines';
import { BudgetSummaryComponent } from './budget-summary.component';

/**
 * `budget`: lines with category, description, unit, quantity, unit cost and the part co-financed.
 * Line totals, the total, the grant requested and the co-financing are derived as the person types,
 * with the domain's arithmetic in exact cents, and checked against the call's limits by the same
 * `budgetProblems` the API runs at submission.
 */
@Component({
  selector: 'sk-budget-section',
  imports: [
    AddRowButtonComponent,
    BudgetSummaryComponent,
    ListRowComponent,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    MatSuffix,
    ReactiveFormsModule,
    SkFieldErrorPipe,
    SkMoneyPipe,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './budget-section.component.html',
  styleUrl: './budget-section.component.scss',
})
export class BudgetSectionComponent extends ListSectionDirective<BudgetContent, BudgetLineContent, BudgetLineGroup> {
  /** The call's limits on the grant; null until the call is known. */
  readonly limits = input<GrantLimits | null>(null);

  private readonly fb = inject(NonNullableFormBuilder);
  private readonly language = inject(LanguageService);
  private readonly locale = () => this.language.language();

  protected readonly categories = BUDGET_CATEGORIES;
  protected readonly form = this.fb.group({ lines: this.fb.array<BudgetLineGroup>([]) });
  protected readonly read = readBudget;
  protected readonly list: SectionList<BudgetLineContent, BudgetLineGroup> = {
    rows: this.form.controls.lines,
    row: (line) => budgetLineGroup(this.fb, this.locale, line),
    firstFieldId: (index) => `budget-line-${index}-category`,
  };
  private readonly lines = signal<readonly BudgetLineContent[]>([]);
  protected readonly figures = computed(() => budgetFigures(this.lines(), this.limits()));
  protected readonly decimalHint = computed(() => (this.language.language() === 'sq' ? '1234,50' : '1234.50'));

  constructor() {
    super();
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.lines.set(this.content().lines));
  }

  protected fill(content: BudgetContent): void {
    this.fillRows(content.lines);
    this.lines.set(this.content().lines);
  }

  protected content(): BudgetContent {
    const locale = this.locale();
    return { lines: this.form.getRawValue().lines.map((line) => toLineContent(line, locale)) };
  }
}
