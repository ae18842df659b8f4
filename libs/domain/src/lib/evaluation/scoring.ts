/**
 * One evaluator's score sheet (DESIGN §3): a whole score per criterion of the call's grid, within the
 * criterion's maximum, each with a comment. Drafts may be partial; a submitted sheet is complete and
 * then locked. The points are whole numbers (score × weight), so an evaluation's totals are exact; only
 * consolidation (a mean) needs fractions, which are kept as whole hundredths of a point.
 */
import { CRITERION_SCORE_MIN, type EvaluationGridDto } from '@skema/contracts';

/** Hundredths of a point (7133 = 71.33 points): the unit of consolidated scores and thresholds. */
export type ScoreHundredths = number;

/** A grid, a sheet or a moderation that no person could have produced through the forms. */
export class EvaluationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvaluationError';
  }
}

export interface CriterionScore {
  criterionKey: string;
  /** CRITERION_SCORE_MIN..the criterion's maxScore; null while a draft leaves it open. */
  score: number | null;
  comment: string | null;
}

/** A draft may leave scores and comments open; a submission may not. */
export type ScoreSheetMode = 'draft' | 'submission';

export type ScoreSheetProblem =
  | { code: 'score_missing'; criterionKey: string }
  | { code: 'score_invalid'; criterionKey: string; score: number; min: number; max: number }
  | { code: 'comment_missing'; criterionKey: string }
  | { code: 'criterion_unknown'; criterionKey: string }
  | { code: 'criterion_duplicate'; criterionKey: string };

export type ScoreSheetProblemCode = ScoreSheetProblem['code'];

/** An evaluation's points: per section key Σ score × weight, and their sum. */
export interface EvaluationPoints {
  sections: Record<string, number>;
  total: number;
  /** Every criterion has a score (a draft's points count open criteria as 0). */
  complete: boolean;
}

/**
 * Every reason the sheet cannot be saved (`draft`) or submitted (`submission`), all at once: per
 * criterion in grid order, then criteria the grid does not have and criteria scored twice, in sheet
 * order. A score is a whole number from CRITERION_SCORE_MIN to the criterion's maxScore; a comment is
 * text that is not only spaces.
 */
export function scoreSheetProblems(
  grid: EvaluationGridDto,
  scores: readonly CriterionScore[],
  mode: ScoreSheetMode,
): ScoreSheetProblem[] {
  const problems: ScoreSheetProblem[] = [];
  const byKey = new Map<string, CriterionScore>();
  const extra: ScoreSheetProblem[] = [];
  const known = new Set(grid.sections.flatMap((section) => section.criteria.map((criterion) => criterion.key)));
  for (const entry of scores) {
    const criterionKey = entry.criterionKey;
    if (!known.has(criterionKey)) extra.push({ code: 'criterion_unknown', criterionKey });
    else if (byKey.has(criterionKey)) extra.push({ code: 'criterion_duplicate', criterionKey });
    else byKey.set(criterionKey, entry);
  }
  for (const criterion of grid.sections.flatMap((section) => section.criteria)) {
    const criterionKey = criterion.key;
    const entry = byKey.get(criterionKey);
    const score = entry?.score ?? null;
    if (score === null) {
      if (mode === 'submission') problems.push({ code: 'score_missing', criterionKey });
    } else if (!isValidScore(score, criterion.maxScore)) {
      problems.push({ code: 'score_invalid', criterionKey, score, min: CRITERION_SCORE_MIN, max: criterion.maxScore });
    }
    const comment = entry?.comment ?? '';
    if (mode === 'submission' && (typeof comment !== 'string' || comment.trim() === '')) {
      problems.push({ code: 'comment_missing', criterionKey });
    }
  }
  return [...problems, ...extra];
}

function isValidScore(score: number, maxScore: number): boolean {
  return Number.isInteger(score) && score >= CRITERION_SCORE_MIN && score <= maxScore;
}

/**
 * The points of a sheet as it stands: score × weight per criterion, summed per section and overall;
 * open criteria count 0 (a draft's running total). Throws `EvaluationError` when a score is invalid or
 * a criterion unknown or repeated, which `scoreSheetProblems` reports to the person first.
 */
export function evaluationPoints(grid: EvaluationGridDto, scores: readonly CriterionScore[]): EvaluationPoints {
  const problems = scoreSheetProblems(grid, scores, 'draft');
  if (problems.length > 0) {
    throw new EvaluationError(
      `score sheet cannot be totalled: ${problems.map((p) => `${p.code} ${p.criterionKey}`).join(', ')}`,
    );
  }
  const byKey = new Map(scores.map((entry) => [entry.criterionKey, entry.score]));
  const sections: Record<string, number> = {};
  let total = 0;
  let complete = true;
  for (const section of grid.sections) {
    let points = 0;
    for (const criterion of section.criteria) {
      const score = byKey.get(criterion.key) ?? null;
      if (score === null) complete = false;
      else points += score * criterion.weight;
    }
    sections[section.key] = points;
    total += points;
  }
  return { sections, total, complete };
}

/**
 * The mean of whole values as whole hundredths, rounded half up (71.335 → 71.34). Values are points
 * (or anything ≥ 0 measured in whole units); rounding happens once, on the exact sum.
 */
export function meanHundredths(values: readonly number[]): ScoreHundredths {
  if (values.length === 0) throw new EvaluationError('the mean of nothing');
  let sum = 0;
  for (const value of values) {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new EvaluationError(`points must be whole and ≥ 0, got ${value}`);
    sum += value;
  }
  const n = values.length;
  // round(sum × 100 / n) half up, in integers: floor((200·sum + n) / 2n).
  return Math.floor((200 * sum + n) / (2 * n));
}

/** Whole points (a threshold, a maximum) in hundredths. */
export function pointsToHundredths(points: number): ScoreHundredths {
  if (!Number.isSafeInteger(points)) throw new EvaluationError(`points must be whole, got ${points}`);
  return points * 100;
}
