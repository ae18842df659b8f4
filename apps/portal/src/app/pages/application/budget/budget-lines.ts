import {
  AbstractControl,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { APPLICATION_CONTENT_LIMITS, BudgetLineContent, Locale } from '@skema/contracts';
import { isBudgetCategory, lineTotalCents } from '@skema/domain';
import { formatCentsForInput, formatQuantityForInput, parseEuroCents, parseQuantity } from './amount-input';

/** A budget line as the form holds it: numbers stay text until they parse, so nothing typed is lost. */
export type BudgetLineGroup = FormGroup<{
  category: FormControl<string>;
  description: FormControl<string>;
  unit: FormControl<string>;
  quantity: FormControl<string>;
  unitCost: FormControl<string>;
  ownContribution: FormControl<string>;
}>;
export type BudgetLineValue = ReturnType<BudgetLineGroup['getRawValue']>;

const { shortTextMaxLength } = APPLICATION_CONTENT_LIMITS;

/** Validators that read the typed text in the person's notation (the language decides "," or "."). */
function positive(parse: (text: string) => number | null, key: string) {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    if (!control.value) return null;
    const value = parse(control.value);
    return value !== null && value > 0 ? null : { [key]: true };
  };
}

function notNegative(parse: (text: string) => number | null) {
  return (control: AbstractControl<string>): ValidationErrors | null =>
    !control.value || parse(control.value) !== null ? null : { amount: true };
}

/** The co-financing of a line cannot exceed the line's total. */
function contributionWithinTotal(locale: () => Locale) {
  return (group: AbstractControl): ValidationErrors | null => {
    const line = toLineContent((group as BudgetLineGroup).getRawValue(), locale());
    try {
      const total = lineTotalCents(line.quantity, line.unitCostCents);
      return (line.ownContributionCents ?? 0) > total ? { contributionAboveTotal: true } : null;
    } catch {
      return null;
    }
  };
}

export function budgetLineGroup(
  fb: NonNullableFormBuilder,
  locale: () => Locale,
  line?: BudgetLineContent,
): BudgetLineGroup {
  const current = locale();
  return fb.group(
    {
      category: [
        line?.category ?? '',
        [
          Validators.required,
          (c: AbstractControl) => (!c.value || isBudgetCategory(c.value) ? null : { required: true }),
        ],
      ],
      description: [line?.description ?? '', [Validators.required, Validators.maxLength(shortTextMaxLength)]],
      unit: [line?.unit ?? '', [Validators.required, Validators.maxLength(shortTextMaxLength)]],
      quantity: [
        line && line.quantity > 0 ? formatQuantityForInput(line.quantity, current) : '',
        [Validators.required, positive((text) => parseQuantity(text, locale()), 'quantity')],
      ],
      unitCost: [
        line && line.unitCostCents > 0 ? formatCentsForInput(line.unitCostCents, current) : '',
        [Validators.required, positive((text) => parseEuroCents(text, locale()), 'amount')],
      ],
      ownContribution: [
        line?.ownContributionCents ? formatCentsForInput(line.ownContributionCents, current) : '',
        notNegative((text) => parseEuroCents(text, locale())),
      ],
    },
    { validators: contributionWithinTotal(locale) },
  );
}

/**
 * What is saved for a line. A number that does not parse is saved as 0 so the draft still saves; the
 * field shows its error here, and the API's checklist names the line until it is fixed.
 */
export function toLineContent(value: BudgetLineValue, locale: Locale): BudgetLineContent {
  return {
    category: value.category,
    description: value.description,
    unit: value.unit,
    quantity: parseQuantity(value.quantity, locale) ?? 0,
    unitCostCents: parseEuroCents(value.unitCost, locale) ?? 0,
    ownContributionCents: parseEuroCents(value.ownContribution, locale) ?? 0,
  };
}
