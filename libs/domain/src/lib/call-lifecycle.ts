import {
  CALL_ITEM_KEY_PATTERN,
  type CallStatus,
  CRITERION_SCORE_MAX,
  CRITERION_SCORE_MIN,
  CRITERION_WEIGHTS,
  type EvaluationGridDto,
  PRAG_GRID_TOTALS,
} from '@skema/contracts';

/**
 * A call's lifecycle (DESIGN §3): draft → published → closed → in_evaluation → awarded → archived.
 * Only a draft may be archived early (a call abandoned before publication); nothing goes back.
 */
export const CALL_TRANSITIONS: Readonly<Record<CallStatus, readonly CallStatus[]>> = {
  draft: ['published', 'archived'],
  published: ['closed'],
  closed: ['in_evaluation'],
  in_evaluation: ['awarded'],
  awarded: ['archived'],
  archived: [],
};

export class IllegalCallTransitionError extends Error {
  constructor(
    readonly from: CallStatus,
    readonly to: CallStatus,
  ) {
    super(`a call cannot go from ${from} to ${to}`);
    this.name = 'IllegalCallTransitionError';
  }
}

export function canTransitionCall(from: CallStatus, to: CallStatus): boolean {
  return CALL_TRANSITIONS[from].includes(to);
}

export function assertCallTransition(from: CallStatus, to: CallStatus): void {
  if (!canTransitionCall(from, to)) throw new IllegalCallTransitionError(from, to);
}

/** One problem of a grid: the dotted path of the offending field and a stable code for its message. */
export interface GridProblem {
  field: string;
  code: GridProblemCode;
  params?: Record<string, number | string>;
}

export type GridProblemCode =
  | 'grid_no_sections'
  | 'grid_section_no_criteria'
  | 'grid_duplicate_key'
  | 'grid_key_invalid'
  | 'grid_criterion_score'
  | 'grid_criterion_weight'
  | 'grid_section_max_mismatch'
  | 'grid_max_mismatch'
  | 'grid_threshold_above_max'
  | 'grid_threshold_invalid'
  | 'grid_total_not_prag';

/**
 * Checks an evaluation grid and lists every problem (empty when sound): sections and criteria exist,
 * keys are unique, each criterion is scored on the PRAG 1–5 scale with weight 1 or 2, every stated
 * maximum equals the sum below it, thresholds are whole numbers within their maximum, and the total is
 * a PRAG total (100 for a full application, 50 for a concept note).
 */
export function validateGrid(grid: EvaluationGridDto): GridProblem[] {
  const problems: GridProblem[] = [];
  if (grid.sections.length === 0) return [{ field: 'grid.sections', code: 'grid_no_sections' }];
  const keys = new Set<string>();
  const checkKey = (key: string, field: string) => {
    if (!CALL_ITEM_KEY_PATTERN.test(key)) problems.push({ field, code: 'grid_key_invalid' });
    else if (keys.has(key)) problems.push({ field, code: 'grid_duplicate_key', params: { key } });
    keys.add(key);
  };
  let total = 0;
  grid.sections.forEach((section, s) => {
    const at = `grid.sections.${s}`;
    checkKey(section.key, `${at}.key`);
    if (section.criteria.length === 0) problems.push({ field: `${at}.criteria`, code: 'grid_section_no_criteria' });
    let sum = 0;
    section.criteria.forEach((criterion, c) => {
      const here = `${at}.criteria.${c}`;
      checkKey(criterion.key, `${here}.key`);
      const scoreOk = Number.isInteger(criterion.maxScore) && criterion.maxScore >= CRITERION_SCORE_MIN && criterion.maxScore <= CRITERION_SCORE_MAX;
      if (!scoreOk) problems.push({ field: `${here}.maxScore`, code: 'grid_criterion_score', params: { max: CRITERION_SCORE_MAX } });
      if (!(CRITERION_WEIGHTS as readonly number[]).includes(criterion.weight)) {
        problems.push({ field: `${here}.weight`, code: 'grid_criterion_weight' });
      }
      sum += criterion.maxScore * criterion.weight;
    });
    if (section.criteria.length > 0 && section.maxScore !== sum) {
      problems.push({ field: `${at}.maxScore`, code: 'grid_section_max_mismatch', params: { expected: sum } });
    }
    checkThreshold(section.passThreshold, section.maxScore, `${at}.passThreshold`, problems);
    total += section.maxScore;
  });
  if (grid.maxScore !== total) problems.push({ field: 'grid.maxScore', code: 'grid_max_mismatch', params: { expected: total } });
  else if (!(PRAG_GRID_TOTALS as readonly number[]).includes(total)) {
    problems.push({ field: 'grid.maxScore', code: 'grid_total_not_prag', params: { totals: PRAG_GRID_TOTALS.join(', ') } });
  }
  checkThreshold(grid.passThreshold, grid.maxScore, 'grid.passThreshold', problems);
  return problems;
}

function checkThreshold(threshold: number | null, max: number, field: string, problems: GridProblem[]): void {
  if (threshold === null) return;
  if (!Number.isInteger(threshold) || threshold < 0) problems.push({ field, code: 'grid_threshold_invalid' });
  else if (threshold > max) problems.push({ field, code: 'grid_threshold_above_max', params: { max } });
}

/** Σ criteria maxScore × weight per section, and the total: what a consistent grid states. */
export function gridMaxima(grid: EvaluationGridDto): { sections: number[]; total: number } {
  const sections = grid.sections.map((s) => s.criteria.reduce((sum, c) => sum + c.maxScore * c.weight, 0));
  return { sections, total: sections.reduce((a, b) => a + b, 0) };
}
