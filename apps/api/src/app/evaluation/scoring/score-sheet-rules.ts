import {
  type CriterionScoreDto,
  EVALUATION_LIMITS,
  type EvaluationGridDto,
  type FieldError,
  type Locale,
} from '@skema/contracts';
import { type ScoreSheetMode, type ScoreSheetProblem, scoreSheetProblems } from '@skema/domain';

/** The domain's problems, plus the one limit the domain leaves to the API: the length of a comment. */
export type SheetProblem = ScoreSheetProblem | { code: 'comment_too_long'; criterionKey: string; max: number };

/**
 * Every reason a sheet cannot be saved (`draft`) or submitted (`submission`): the domain's
 * `scoreSheetProblems`, then comments longer than EVALUATION_LIMITS allows (a draft may be half
 * written, never too long, so the limit holds in both modes).
 */
export function sheetProblems(
  grid: EvaluationGridDto,
  scores: readonly CriterionScoreDto[],
  mode: ScoreSheetMode,
): SheetProblem[] {
  const max = EVALUATION_LIMITS.commentMaxLength;
  const tooLong: SheetProblem[] = scores
    .filter((entry) => (entry.comment?.trim().length ?? 0) > max)
    .map((entry) => ({ code: 'comment_too_long', criterionKey: entry.criterionKey, max }));
  return [...scoreSheetProblems(grid, scores, mode), ...tooLong];
}

/**
 * The sheet as stored: one entry per criterion of the grid, in grid order, open ones as nulls, comments
 * trimmed (only spaces is no comment). Call only once `sheetProblems(…, 'draft')` is empty.
 */
export function normaliseSheet(grid: EvaluationGridDto, scores: readonly CriterionScoreDto[]): CriterionScoreDto[] {
  const byKey = new Map(scores.map((entry) => [entry.criterionKey, entry]));
  return grid.sections.flatMap((section) =>
    section.criteria.map((criterion) => {
      const entry = byKey.get(criterion.key);
      return {
        criterionKey: criterion.key,
        score: entry?.score ?? null,
        comment: entry?.comment?.trim() || null,
      };
    }),
  );
}

/** Field errors `scores.<criterionKey>.score|comment|criterionKey`, in the caller's language. */
export function translateSheetProblems(problems: readonly SheetProblem[], locale: Locale): FieldError[] {
  const sq = locale === 'sq';
  return problems.map((p): FieldError => {
    const field = (part: string) => `scores.${p.criterionKey}.${part}`;
    switch (p.code) {
      case 'score_missing':
        return {
          field: field('score'),
          message: sq
            ? `Vendosni pikët për kriterin ${p.criterionKey}.`
            : `Give a score for criterion ${p.criterionKey}.`,
        };
      case 'score_invalid':
        return {
          field: field('score'),
          message: sq
            ? `Pikët për kriterin ${p.criterionKey} duhet të jenë një numër i plotë nga ${p.min} deri në ${p.max}.`
            : `The score for criterion ${p.criterionKey} must be a whole number from ${p.min} to ${p.max}.`,
        };
      case 'comment_missing':
        return {
          field: field('comment'),
          message: sq
            ? `Shkruani një koment për kriterin ${p.criterionKey}: aplikanti e lexon atë.`
            : `Write a comment for criterion ${p.criterionKey}: the applicant reads it.`,
        };
      case 'comment_too_long':
        return {
          field: field('comment'),
          message: sq
            ? `Komenti për kriterin ${p.criterionKey} duhet të ketë jo më shumë se ${p.max} karaktere.`
            : `The comment for criterion ${p.criterionKey} must have at most ${p.max} characters.`,
        };
      case 'criterion_unknown':
        return {
          field: field('criterionKey'),
          message: sq
            ? `Kriteri ${p.criterionKey} nuk është në grilën e vlerësimit të thirrjes.`
            : `Criterion ${p.criterionKey} is not in the call’s evaluation grid.`,
        };
      case 'criterion_duplicate':
        return {
          field: field('criterionKey'),
          message: sq
            ? `Kriteri ${p.criterionKey} është vlerësuar më shumë se një herë.`
            : `Criterion ${p.criterionKey} is scored more than once.`,
        };
    }
  });
}
