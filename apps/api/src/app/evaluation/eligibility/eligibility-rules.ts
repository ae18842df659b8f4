import {
  ELIGIBILITY_LIMITS,
  type EligibilityDecisionItem,
  type EligibilityItemDto,
  type EligibilityOutcome,
  type FieldError,
  type Locale,
} from '@skema/contracts';
import type { EligibilityCheckItem } from './eligibility-check.entity';

/** Why a decision cannot be saved, per field of the request. */
export type EligibilityProblem =
  | { code: 'unknown_item'; field: string; key: string }
  | { code: 'duplicate_item'; field: string; key: string }
  | { code: 'missing_item'; field: 'items'; item: EligibilityItemDto }
  | { code: 'note_required'; field: string; item: EligibilityItemDto };

/**
 * A decision must cover every item of the call's checklist exactly once, and every failed item must
 * say why (the CSO reads the notes). Returns every problem, in the request's order, then the missing items.
 */
export function eligibilityProblems(
  checklist: readonly EligibilityItemDto[],
  items: readonly EligibilityDecisionItem[],
): EligibilityProblem[] {
  const byKey = new Map(checklist.map((item) => [item.key, item]));
  const seen = new Set<string>();
  const problems: EligibilityProblem[] = [];
  items.forEach((decided, i) => {
    const item = byKey.get(decided.key);
    if (!item) problems.push({ code: 'unknown_item', field: `items.${i}.key`, key: decided.key });
    else if (seen.has(decided.key))
      problems.push({ code: 'duplicate_item', field: `items.${i}.key`, key: decided.key });
    else if (!decided.passed && (decided.note?.trim().length ?? 0) < ELIGIBILITY_LIMITS.noteMinLength) {
      problems.push({ code: 'note_required', field: `items.${i}.note`, item });
    }
    seen.add(decided.key);
  });
  for (const item of checklist) if (!seen.has(item.key)) problems.push({ code: 'missing_item', field: 'items', item });
  return problems;
}

/** The decision as stored: in the checklist's order, notes trimmed (an empty note is none). */
export function normaliseDecision(
  checklist: readonly EligibilityItemDto[],
  items: readonly EligibilityDecisionItem[],
): EligibilityCheckItem[] {
  const byKey = new Map(items.map((item) => [item.key, item]));
  return checklist.flatMap(({ key }) => {
    const decided = byKey.get(key);
    return decided ? [{ key, passed: decided.passed, note: decided.note?.trim() || null }] : [];
  });
}

export function outcomeOf(items: readonly EligibilityCheckItem[]): EligibilityOutcome {
  return items.every((item) => item.passed) ? 'eligible' : 'ineligible';
}

export function translateEligibilityProblems(problems: readonly EligibilityProblem[], locale: Locale): FieldError[] {
  const sq = locale === 'sq';
  return problems.map((p) => {
    switch (p.code) {
      case 'unknown_item':
        return {
          field: p.field,
          message: sq
            ? `Kriteri «${p.key}» nuk është në listën e thirrjes.`
            : `The item «${p.key}» is not in the call’s checklist.`,
        };
      case 'duplicate_item':
        return {
          field: p.field,
          message: sq
            ? `Kriteri «${p.key}» është vendosur më shumë se një herë.`
            : `The item «${p.key}» is decided more than once.`,
        };
      case 'missing_item':
        return {
          field: p.field,
          message: sq ? `Vendosni për kriterin: ${p.item.text.sq}` : `Decide on the item: ${p.item.text.en}`,
        };
      case 'note_required':
        return {
          field: p.field,
          message: sq
            ? `Shpjegoni pse nuk plotësohet kriteri «${p.item.text.sq}» (të paktën ${ELIGIBILITY_LIMITS.noteMinLength} shkronja): aplikanti e lexon këtë shënim.`
            : `Explain why «${p.item.text.en}» is not met (at least ${ELIGIBILITY_LIMITS.noteMinLength} characters): the applicant reads this note.`,
        };
    }
  });
}
