import { HttpStatus } from '@nestjs/common';
import type { Locale } from '@skema/contracts';
import type { GridProblem, GridProblemCode } from '@skema/domain';
import { AppException } from '../../common/errors/app.exception';
import { type ErrorCode, interpolate } from '../../common/i18n/messages';

export type CallProblemCode =
  | GridProblemCode
  | 'call_no_lots'
  | 'call_duplicate_lot'
  | 'call_lots_fixed'
  | 'call_envelopes_exceed_total'
  | 'call_envelope_below_min_grant'
  | 'call_no_grid'
  | 'call_deadline_past'
  | 'call_opens_after_deadline'
  | 'call_grant_bounds'
  | 'call_duration_bounds'
  | 'call_no_eligibility'
  | 'call_no_attachments'
  | 'call_duplicate_key';

/** One thing wrong with a call, on one field (dotted path, e.g. `lots.2.envelopeCents`). */
export interface CallProblem {
  field: string;
  code: CallProblemCode;
  params?: Record<string, string | number>;
}

export type { GridProblem };

const MESSAGES: Record<CallProblemCode, Record<Locale, string>> = {
  call_no_lots: { sq: 'Thirrja duhet të ketë të paktën një lot.', en: 'The call needs at least one lot.' },
  call_duplicate_lot: {
    sq: 'Ky rajon ka tashmë një lot në këtë thirrje.',
    en: 'This region already has a lot in this call.',
  },
  call_lots_fixed: {
    sq: 'Një ndryshim mund të ndryshojë fondet e loteve ekzistuese, jo të shtojë ose të heqë lote.',
    en: 'An amendment may change the envelopes of the existing lots, not add or remove lots.',
  },
  call_envelopes_exceed_total: {
    sq: 'Fondet e loteve bëjnë {sum} cent, më shumë se buxheti total prej {total} cent.',
    en: 'The lot envelopes add up to {sum} cents, more than the total budget of {total} cents.',
  },
  call_envelope_below_min_grant: {
    sq: 'Fondi i lotit është më i vogël se granti minimal: asnjë grant nuk do të mund të jepej.',
    en: 'The lot envelope is smaller than the minimum grant: no grant could be awarded from it.',
  },
  call_no_grid: { sq: 'Thirrja duhet të ketë një grilë vlerësimi.', en: 'The call needs an evaluation grid.' },
  call_deadline_past: { sq: 'Afati i fundit duhet të jetë në të ardhmen.', en: 'The deadline must be in the future.' },
  call_opens_after_deadline: {
    sq: 'Thirrja duhet të hapet para afatit të fundit.',
    en: 'The call must open before its deadline.',
  },
  call_grant_bounds: {
    sq: 'Granti minimal duhet të jetë jo më i madh se granti maksimal, dhe ky jo më i madh se buxheti total.',
    en: 'The minimum grant must not exceed the maximum grant, nor the maximum grant the total budget.',
  },
  call_duration_bounds: {
    sq: 'Kohëzgjatja minimale duhet të jetë jo më e madhe se ajo maksimale.',
    en: 'The minimum duration must not exceed the maximum duration.',
  },
  call_no_eligibility: {
    sq: 'Thirrja duhet të ketë të paktën një kriter në listën e pranueshmërisë.',
    en: 'The call needs at least one item in its eligibility checklist.',
  },
  call_no_attachments: {
    sq: 'Thirrja duhet të listojë dokumentet që aplikantët duhet të bashkëngjisin.',
    en: 'The call must list the documents applicants have to attach.',
  },
  call_duplicate_key: { sq: 'Ky çelës përdoret dy herë.', en: 'This key is used twice.' },
  grid_no_sections: { sq: 'Grila duhet të ketë të paktën një seksion.', en: 'The grid needs at least one section.' },
  grid_section_no_criteria: {
    sq: 'Seksioni duhet të ketë të paktën një kriter.',
    en: 'The section needs at least one criterion.',
  },
  grid_duplicate_key: { sq: 'Çelësi {key} përdoret dy herë në grilë.', en: 'The key {key} is used twice in the grid.' },
  grid_key_invalid: {
    sq: 'Çelësi duhet të ketë vetëm shkronja të vogla, shifra, pika, viza ose nënvija.',
    en: 'The key may contain only lower-case letters, digits, dots, hyphens or underscores.',
  },
  grid_criterion_score: {
    sq: 'Pikët maksimale të një kriteri janë nga 1 deri në {max}.',
    en: 'A criterion’s maximum score is from 1 to {max}.',
  },
  grid_criterion_weight: { sq: 'Pesha e kriterit duhet të jetë 1 ose 2.', en: 'A criterion’s weight must be 1 or 2.' },
  grid_section_max_mismatch: {
    sq: 'Pikët maksimale të seksionit duhet të jenë {expected} (shuma e kritereve).',
    en: 'The section’s maximum must be {expected} (the sum of its criteria).',
  },
  grid_max_mismatch: {
    sq: 'Pikët maksimale të grilës duhet të jenë {expected} (shuma e seksioneve).',
    en: 'The grid’s maximum must be {expected} (the sum of its sections).',
  },
  grid_threshold_above_max: {
    sq: 'Pragu nuk mund të jetë më i lartë se maksimumi ({max}).',
    en: 'The threshold cannot be above the maximum ({max}).',
  },
  grid_threshold_invalid: {
    sq: 'Pragu duhet të jetë numër i plotë jo negativ.',
    en: 'The threshold must be a whole number, not negative.',
  },
  grid_total_not_prag: {
    sq: 'Sipas praktikës së BE-së (PRAG) grila ka gjithsej {totals} pikë.',
    en: 'Following EU practice (PRAG), a grid totals {totals} points.',
  },
};

export function translateCallProblem(problem: CallProblem, locale: Locale): string {
  return interpolate(MESSAGES[problem.code][locale], problem.params);
}

/** A 400 whose problem details list every problem of the call, one field error each. */
export class CallProblemsException extends AppException {
  constructor(
    code: ErrorCode,
    readonly problems: CallProblem[],
  ) {
    super(code, HttpStatus.BAD_REQUEST, {}, (locale) =>
      problems.map((problem) => ({ field: problem.field, message: translateCallProblem(problem, locale) })),
    );
  }
}

/** Throws when there is anything to report; otherwise does nothing. */
export function refuseProblems(code: ErrorCode, problems: CallProblem[]): void {
  if (problems.length > 0) throw new CallProblemsException(code, problems);
}
