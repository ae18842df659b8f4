/**
 * Consolidation (DESIGN §3, decision 0015): an application's score is the mean of its submitted
 * evaluations, in hundredths of a point. When two evaluators' totals are further apart than the call's
 * gap (default 20% of the grid's maximum), the application is flagged; a third evaluation or a
 * moderation resolves it.
 */
import type { EvaluationGridDto } from '@skema/contracts';
import { assertUniqueIds, compareIds } from './ids';
import { EvaluationError, type EvaluationPoints, type ScoreHundredths, meanHundredths } from './scoring';

/** The default divergence gap: 20% of the grid's maximum total, in basis points. */
export const DIVERGENCE_GAP_DEFAULT_BP = 2_000;

/** At least two submitted evaluations before there is anything to consolidate. */
export const MIN_EVALUATIONS_TO_CONSOLIDATE = 2;

export interface EvaluationForConsolidation {
  evaluationId: string;
  /** Drafts are listed for completeness but never counted. */
  submitted: boolean;
  points: EvaluationPoints;
}

/**
 * The evaluation committee's agreed scores after a moderation: one score per grid section, in
 * hundredths (0..the section's maximum). They replace the mean; the total is their sum.
 */
export interface Moderation {
  sectionScores: Record<string, ScoreHundredths>;
}

export type ConsolidationStatus = 'incomplete' | 'divergent' | 'consolidated';
/**
 * `mean`: of every submitted evaluation. `closest_scores`: three or more evaluations disagreed, and
 * the mean is of the closest ones (decision 0015). `moderation`: the committee's agreed scores.
 */
export type ConsolidationMethod = 'mean' | 'closest_scores' | 'moderation';

export interface Consolidation {
  status: ConsolidationStatus;
  /** Null unless consolidated. */
  method: ConsolidationMethod | null;
  submittedCount: number;
  /** The evaluations the score is made of (every submitted one for a moderation), sorted. */
  countedEvaluationIds: string[];
  /** Per section key, in hundredths; null unless consolidated. */
  sectionScores: Record<string, ScoreHundredths> | null;
  /** In hundredths, the mean of the counted totals rounded once (not the sum of rounded sections). */
  total: ScoreHundredths | null;
  /** Highest minus lowest submitted total, in points; null below two submissions. */
  spreadPoints: number | null;
  /** Some two submitted totals are further apart than the gap: shown even once resolved. */
  divergent: boolean;
}

export interface ConsolidationOptions {
  /** The call's gap in basis points of the grid's maximum total (default 2000 = 20%). */
  gapBp?: number;
  moderation?: Moderation | null;
}

/** Are two totals (whole points) further apart than `gapBp` of `maxScore`? Exactly at the gap is not. */
export function exceedsDivergenceGap(
  a: number,
  b: number,
  maxScore: number,
  gapBp = DIVERGENCE_GAP_DEFAULT_BP,
): boolean {
  assertGapBp(gapBp);
  // |a − b| > maxScore × gapBp / 10000, compared in integers so 20% of 50 (= 10) is exact.
  return Math.abs(a - b) * 10_000 > maxScore * gapBp;
}

/**
 * Consolidates an application's evaluations:
 * - fewer than two submitted → `incomplete`;
 * - a moderation (with two or more submitted) → its scores, whatever the divergence;
 * - no two submitted totals beyond the gap → the mean of all;
 * - two submitted and beyond the gap → `divergent`, waiting for a third evaluation or a moderation;
 * - three or more and some pair beyond the gap → the mean of the closest scores: the pair of totals
 *   nearest each other (when several pairs are equally near, every evaluation in one of them), if
 *   those lie within the gap of each other; otherwise still `divergent` (only a moderation helps).
 * Throws `EvaluationError` when points do not fit the grid, ids repeat, or the moderation is malformed.
 */
export function consolidate(
  grid: EvaluationGridDto,
  evaluations: readonly EvaluationForConsolidation[],
  options: ConsolidationOptions = {},
): Consolidation {
  const gapBp = options.gapBp ?? DIVERGENCE_GAP_DEFAULT_BP;
  assertGapBp(gapBp);
  assertUniqueIds(ids(evaluations), 'evaluation');
  evaluations.forEach((evaluation) => assertPointsFitGrid(grid, evaluation));
  const submitted = evaluations
    .filter((evaluation) => evaluation.submitted)
    .sort((a, b) => compareIds(a.evaluationId, b.evaluationId));
  const totals = submitted.map((evaluation) => evaluation.points.total);
  const base = {
    submittedCount: submitted.length,
    spreadPoints: submitted.length >= 2 ? Math.max(...totals) - Math.min(...totals) : null,
    divergent:
      submitted.length >= 2 && exceedsDivergenceGap(Math.max(...totals), Math.min(...totals), grid.maxScore, gapBp),
  };
  const pending = (status: ConsolidationStatus): Consolidation => ({
    ...base,
    status,
    method: null,
    countedEvaluationIds: [],
    sectionScores: null,
    total: null,
  });

  if (submitted.length < MIN_EVALUATIONS_TO_CONSOLIDATE) return pending('incomplete');
  if (options.moderation) {
    const problems = moderationProblems(grid, options.moderation);
    if (problems.length > 0) throw new EvaluationError(`moderation is malformed: ${problems.join('; ')}`);
    const sectionScores = Object.fromEntries(
      grid.sections.map((s) => [s.key, options.moderation?.sectionScores[s.key] ?? 0]),
    );
    const total = Object.values(sectionScores).reduce((sum, score) => sum + score, 0);
    return {
      ...base,
      status: 'consolidated',
      method: 'moderation',
      countedEvaluationIds: ids(submitted),
      sectionScores,
      total,
    };
  }
  if (!base.divergent) return { ...base, status: 'consolidated', method: 'mean', ...meanOf(grid, submitted) };
  if (submitted.length === 2) return pending('divergent');

  const closest = closestScores(submitted);
  const closestTotals = closest.map((evaluation) => evaluation.points.total);
  if (exceedsDivergenceGap(Math.max(...closestTotals), Math.min(...closestTotals), grid.maxScore, gapBp)) {
    return pending('divergent');
  }
  return { ...base, status: 'consolidated', method: 'closest_scores', ...meanOf(grid, closest) };
}

/** Every evaluation in a pair of totals nearest each other, in id order. */
function closestScores(submitted: readonly EvaluationForConsolidation[]): EvaluationForConsolidation[] {
  let nearest = Number.POSITIVE_INFINITY;
  const members = new Set<EvaluationForConsolidation>();
  for (let i = 0; i < submitted.length; i++) {
    for (let j = i + 1; j < submitted.length; j++) {
      const distance = Math.abs(submitted[i].points.total - submitted[j].points.total);
      if (distance < nearest) {
        nearest = distance;
        members.clear();
      }
      if (distance === nearest) members.add(submitted[i]).add(submitted[j]);
    }
  }
  return submitted.filter((evaluation) => members.has(evaluation));
}

function meanOf(
  grid: EvaluationGridDto,
  counted: readonly EvaluationForConsolidation[],
): Pick<Consolidation, 'countedEvaluationIds' | 'sectionScores' | 'total'> {
  return {
    countedEvaluationIds: ids(counted),
    sectionScores: Object.fromEntries(
      grid.sections.map((section) => [section.key, meanHundredths(counted.map((e) => e.points.sections[section.key]))]),
    ),
    total: meanHundredths(counted.map((evaluation) => evaluation.points.total)),
  };
}

/**
 * What is wrong with a moderation, in words for the log (the API validates its own request first):
 * every grid section once, each a whole number of hundredths within the section's maximum.
 */
export function moderationProblems(grid: EvaluationGridDto, moderation: Moderation): string[] {
  const problems: string[] = [];
  const known = new Set(grid.sections.map((section) => section.key));
  for (const key of Object.keys(moderation.sectionScores)) {
    if (!known.has(key)) problems.push(`unknown section ${key}`);
  }
  for (const section of grid.sections) {
    const score = moderation.sectionScores[section.key];
    if (score === undefined) problems.push(`section ${section.key} has no score`);
    else if (!Number.isSafeInteger(score) || score < 0 || score > section.maxScore * 100) {
      problems.push(`section ${section.key} score ${score} is not 0..${section.maxScore * 100} hundredths`);
    }
  }
  return problems;
}

function assertGapBp(gapBp: number): void {
  if (!Number.isInteger(gapBp) || gapBp < 0 || gapBp > 10_000) {
    throw new EvaluationError('the divergence gap must be 0–10000 basis points');
  }
}

function assertPointsFitGrid(grid: EvaluationGridDto, evaluation: EvaluationForConsolidation): void {
  const { sections, total } = evaluation.points;
  let sum = 0;
  for (const section of grid.sections) {
    const points = sections[section.key];
    if (!Number.isSafeInteger(points) || points < 0 || points > section.maxScore) {
      throw new EvaluationError(`evaluation ${evaluation.evaluationId}: section ${section.key} has ${points} points`);
    }
    sum += points;
  }
  if (Object.keys(sections).length !== grid.sections.length || sum !== total) {
    throw new EvaluationError(`evaluation ${evaluation.evaluationId}: points do not match the grid`);
  }
}

const ids = (evaluations: readonly EvaluationForConsolidation[]): string[] => evaluations.map((e) => e.evaluationId);
