import { EVALUATION_LIMITS, PRAG_FULL_APPLICATION_GRID as GRID } from '@skema/contracts';
import { normaliseSheet, sheetProblems, translateSheetProblems } from './score-sheet-rules';

describe('score sheet rules', () => {
  const full = GRID.sections.flatMap((s) =>
    s.criteria.map((c) => ({ criterionKey: c.key, score: 3, comment: `Arsyeja për ${c.key}.` })),
  );

  it('lets a draft leave criteria open but not score out of range, and says so per criterion', () => {
    const draft = [
      { criterionKey: '1.1', score: 9, comment: null },
      { criterionKey: '2.1', score: 2.5, comment: 'Gjysmë pike.' },
      { criterionKey: '9.9', score: 1, comment: null },
      { criterionKey: '3.1', score: 4, comment: 'x'.repeat(EVALUATION_LIMITS.commentMaxLength + 1) },
    ];
    const problems = sheetProblems(GRID, draft, 'draft');
    expect(problems.map((p) => `${p.code} ${p.criterionKey}`)).toEqual([
      'score_invalid 1.1',
      'score_invalid 2.1',
      'criterion_unknown 9.9',
      'comment_too_long 3.1',
    ]);
    expect(translateSheetProblems(problems, 'en')).toEqual([
      { field: 'scores.1.1.score', message: 'The score for criterion 1.1 must be a whole number from 1 to 5.' },
      { field: 'scores.2.1.score', message: 'The score for criterion 2.1 must be a whole number from 1 to 5.' },
      { field: 'scores.9.9.criterionKey', message: 'Criterion 9.9 is not in the call’s evaluation grid.' },
      { field: 'scores.3.1.comment', message: 'The comment for criterion 3.1 must have at most 4000 characters.' },
    ]);
    expect(sheetProblems(GRID, [{ criterionKey: '1.1', score: null, comment: '  ' }], 'draft')).toEqual([]);
  });

  it('asks a submission for every score and every comment, in Albanian too', () => {
    const missing = full.map((e) =>
      e.criterionKey === '1.2' ? { ...e, score: null } : e.criterionKey === '5.2' ? { ...e, comment: ' ' } : e,
    );
    const problems = sheetProblems(GRID, missing, 'submission');
    expect(translateSheetProblems(problems, 'sq')).toEqual([
      { field: 'scores.1.2.score', message: 'Vendosni pikët për kriterin 1.2.' },
      { field: 'scores.5.2.comment', message: 'Shkruani një koment për kriterin 5.2: aplikanti e lexon atë.' },
    ]);
    expect(sheetProblems(GRID, full, 'submission')).toEqual([]);
  });

  it('stores the sheet in grid order, every criterion present, comments trimmed', () => {
    const stored = normaliseSheet(GRID, [
      { criterionKey: '2.1', score: 4, comment: '  Shumë e rëndësishme.  ' },
      { criterionKey: '1.1', score: null, comment: '   ' },
    ]);
    expect(stored).toHaveLength(16);
    expect(stored[0]).toEqual({ criterionKey: '1.1', score: null, comment: null });
    expect(stored.find((e) => e.criterionKey === '2.1')).toEqual({
      criterionKey: '2.1',
      score: 4,
      comment: 'Shumë e rëndësishme.',
    });
  });
});
