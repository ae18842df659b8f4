import { PRAG_FULL_APPLICATION_GRID as GRID } from '@skema/contracts';
import { moderationRequestProblems, translateModerationProblems } from './moderation-rules';

describe('moderation rules', () => {
  const valid = {
    sectionScores: { '1': 1550, '2': 2400, '3': 1600, '4': 1000, '5': 1150 },
    note: 'Agreed in committee.',
  };

  it('accepts every section within its maximum in hundredths, with a reason', () => {
    expect(moderationRequestProblems(GRID, valid)).toEqual([]);
    const atEdges = { ...valid, sectionScores: { ...valid.sectionScores, '1': 0, '2': 3000 } };
    expect(moderationRequestProblems(GRID, atEdges)).toEqual([]);
  });

  it('lists each wrong section and a missing reason, per field', () => {
    const request = {
      sectionScores: { '1': 2001, '2': 12.5, '3': -1, '4': 1000, '9': 100 } as Record<string, number>,
      note: '   short  ',
    };
    const problems = moderationRequestProblems(GRID, request);
    expect(translateModerationProblems(GRID, problems, 'en').map((e) => e.field)).toEqual([
      'sectionScores.9',
      'sectionScores.1',
      'sectionScores.2',
      'sectionScores.3',
      'sectionScores.5',
      'note',
    ]);
    const [, capacity] = translateModerationProblems(GRID, problems, 'sq');
    expect(capacity.message).toBe(
      'Pikët për seksionin 1 (Kapaciteti financiar dhe operacional) duhet të jenë nga 0 deri në 20, ' +
        'me saktësi deri në të qindtat (0–2000).',
    );
  });
});
