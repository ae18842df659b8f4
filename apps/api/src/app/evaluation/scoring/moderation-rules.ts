import {
  EVALUATION_LIMITS,
  type EvaluationGridDto,
  type FieldError,
  type Locale,
  type SaveModerationRequest,
} from '@skema/contracts';

/** Why a moderation cannot be saved, per field of the request. */
export type ModerationProblem =
  | { code: 'section_unknown'; sectionKey: string }
  | { code: 'section_missing'; sectionKey: string }
  | { code: 'section_out_of_range'; sectionKey: string; maxScore: number }
  | { code: 'note_too_short'; min: number };

/**
 * The domain's rule (`moderationProblems`: every grid section once, each a whole number of hundredths
 * from 0 to the section's maximum × 100) told per field, so the committee sees which section is wrong,
 * plus the reason the record must give: a note of at least EVALUATION_LIMITS.moderationNoteMinLength
 * characters that are not only spaces (the moderation overrides the evaluators, so it says why).
 */
export function moderationRequestProblems(
  grid: EvaluationGridDto,
  request: SaveModerationRequest,
): ModerationProblem[] {
  const problems: ModerationProblem[] = [];
  const known = new Set(grid.sections.map((section) => section.key));
  for (const key of Object.keys(request.sectionScores)) {
    if (!known.has(key)) problems.push({ code: 'section_unknown', sectionKey: key });
  }
  for (const section of grid.sections) {
    const score: unknown = request.sectionScores[section.key];
    if (score === undefined || score === null) problems.push({ code: 'section_missing', sectionKey: section.key });
    else if (typeof score !== 'number' || !Number.isSafeInteger(score) || score < 0 || score > section.maxScore * 100) {
      problems.push({ code: 'section_out_of_range', sectionKey: section.key, maxScore: section.maxScore });
    }
  }
  const min = EVALUATION_LIMITS.moderationNoteMinLength;
  if (request.note.trim().length < min) problems.push({ code: 'note_too_short', min });
  return problems;
}

/** Field errors `sectionScores.<key>` and `note`, in the caller's language (sections named as in the grid). */
export function translateModerationProblems(
  grid: EvaluationGridDto,
  problems: readonly ModerationProblem[],
  locale: Locale,
): FieldError[] {
  const sq = locale === 'sq';
  const nameOf = (key: string) => grid.sections.find((section) => section.key === key)?.name[locale] ?? key;
  return problems.map((p): FieldError => {
    switch (p.code) {
      case 'section_unknown':
        return {
          field: `sectionScores.${p.sectionKey}`,
          message: sq
            ? `Seksioni ${p.sectionKey} nuk është në grilën e vlerësimit të thirrjes.`
            : `Section ${p.sectionKey} is not in the call’s evaluation grid.`,
        };
      case 'section_missing':
        return {
          field: `sectionScores.${p.sectionKey}`,
          message: sq
            ? `Vendosni pikët e moderuara për seksionin ${p.sectionKey} (${nameOf(p.sectionKey)}).`
            : `Give the moderated score for section ${p.sectionKey} (${nameOf(p.sectionKey)}).`,
        };
      case 'section_out_of_range':
        return {
          field: `sectionScores.${p.sectionKey}`,
          message: sq
            ? `Pikët për seksionin ${p.sectionKey} (${nameOf(p.sectionKey)}) duhet të jenë nga 0 deri në ` +
              `${p.maxScore}, me saktësi deri në të qindtat (0–${p.maxScore * 100}).`
            : `The score for section ${p.sectionKey} (${nameOf(p.sectionKey)}) must be from 0 to ${p.maxScore}, ` +
              `in hundredths (0–${p.maxScore * 100}).`,
        };
      case 'note_too_short':
        return {
          field: 'note',
          message: sq
            ? `Shpjegoni arsyen e moderimit (të paktën ${p.min} karaktere): ajo mbetet në regjistër.`
            : `Explain the reason for the moderation (at least ${p.min} characters): it stays on the record.`,
        };
    }
  });
}
