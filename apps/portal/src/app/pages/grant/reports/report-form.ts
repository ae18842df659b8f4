import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, Validators } from '@angular/forms';
import {
  APPLICATION_CONTENT_LIMITS,
  type GrantBudgetLineDto,
  type GrantReportDto,
  type Locale,
  type ReportExpenditureLineDto,
} from '@skema/contracts';
import { sumCents } from '@skema/domain';
import { formatCentsForInput, parseEuroCents } from '../../application/budget/amount-input';
import type { SaveGrantReportRequest } from '../grant-api';

/**
 * A report as the grantee edits it: a few narrative sections and, per approved budget line, what was
 * spent in the report's period in EUR as typed, read into cents exactly (no float arithmetic). An
 * empty line means nothing spent on it; anything else must be an amount of zero or more.
 */
export const NARRATIVE_SECTIONS = ['activities', 'results', 'difficulties'] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];

export type ReportForm = FormGroup<{
  narrative: FormGroup<Record<NarrativeSection, FormControl<string>>>;
  /** Keyed by the budget line's key. */
  expenditure: FormGroup<Record<string, FormControl<string>>>;
}>;

/** A report the grantee may still change: a draft, or one the programme manager returned. */
export function isEditable(report: Pick<GrantReportDto, 'status'>): boolean {
  return report.status === 'draft' || report.status === 'returned';
}

/** EUR typed in the person's notation: empty, or an amount of zero or more with up to 2 decimals. */
export function spentAmount(locale: Locale) {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const text = (control.value ?? '').trim();
    if (text === '') return null;
    return parseEuroCents(text, locale) === null ? { amount: true } : null;
  };
}

export function reportForm(report: GrantReportDto, budget: readonly GrantBudgetLineDto[], locale: Locale): ReportForm {
  const narrative = Object.fromEntries(
    NARRATIVE_SECTIONS.map((section) => [
      section,
      new FormControl(report.narrative[section] ?? '', {
        nonNullable: true,
        validators: Validators.maxLength(APPLICATION_CONTENT_LIMITS.textMaxLength),
      }),
    ]),
  ) as Record<NarrativeSection, FormControl<string>>;
  const spent = new Map(report.expenditure.map((line) => [line.lineKey, line.spentCents]));
  const expenditure: Record<string, FormControl<string>> = {};
  for (const line of budget) {
    expenditure[line.key] = new FormControl(formatCentsForInput(spent.get(line.key), locale), {
      nonNullable: true,
      validators: spentAmount(locale),
    });
  }
  return new FormGroup({ narrative: new FormGroup(narrative), expenditure: new FormGroup(expenditure) });
}

/** The lines with an amount, in the budget's order, as cents (an empty line is not sent). */
export function expenditureLines(
  values: Readonly<Record<string, string>>,
  budget: readonly GrantBudgetLineDto[],
  locale: Locale,
): ReportExpenditureLineDto[] {
  return budget.flatMap((line) => {
    const text = (values[line.key] ?? '').trim();
    const cents = text === '' ? null : parseEuroCents(text, locale);
    return cents === null ? [] : [{ lineKey: line.key, spentCents: cents }];
  });
}

/** Σ of the amounts typed so far (the ones that are amounts), for the total shown as the grantee types. */
export function expenditureTotal(
  values: Readonly<Record<string, string>>,
  budget: readonly GrantBudgetLineDto[],
  locale: Locale,
): number {
  return sumCents(expenditureLines(values, budget, locale).map((line) => line.spentCents));
}

/**
 * The `PUT` body of a valid form: the narrative (sections this form does not know are kept as they
 * were), the expenditure in cents, and the version the grantee started from.
 */
export function saveRequest(
  form: ReportForm,
  report: GrantReportDto,
  budget: readonly GrantBudgetLineDto[],
  locale: Locale,
): SaveGrantReportRequest {
  const { narrative, expenditure } = form.getRawValue();
  return {
    narrative: { ...report.narrative, ...narrative },
    expenditure: expenditureLines(expenditure, budget, locale),
    version: report.version,
  };
}

/**
 * Where the API's field errors belong: `expenditure.<i>.…` is about the i-th line sent, which is a
 * budget line's control here; `narrative` about the narrative as a whole.
 */
export function expenditureFieldPaths(request: SaveGrantReportRequest): Record<string, string> {
  const paths: Record<string, string> = {};
  request.expenditure.forEach((line, index) => {
    for (const field of ['lineKey', 'spentCents']) {
      paths[`expenditure.${index}.${field}`] = `expenditure.${line.lineKey}`;
    }
  });
  return paths;
}
