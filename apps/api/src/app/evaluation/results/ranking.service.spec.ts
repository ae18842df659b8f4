import { awardProblems } from './ranking.service';

const EUR = 100;

describe('the awards of a confirmation', () => {
  const ranked = new Map([
    ['a', 36_000 * EUR],
    ['b', 12_000 * EUR],
  ]);

  it('accept any reduction, down to a cent', () => {
    expect(
      awardProblems(
        [
          { applicationId: 'a', awardCents: 36_000 * EUR },
          { applicationId: 'b', awardCents: 1 },
        ],
        ranked,
      ),
    ).toEqual([]);
  });

  it('list every problem at once, each at its field', () => {
    expect(
      awardProblems(
        [
          { applicationId: 'a', awardCents: 36_000 * EUR + 1 },
          { applicationId: 'b', awardCents: 0 },
          { applicationId: 'z', awardCents: 100 },
          { applicationId: 'a', awardCents: 100 },
          { applicationId: 'b', awardCents: -5 },
        ],
        ranked,
      ),
    ).toEqual([
      { index: 0, field: 'awardCents', code: 'award_above_request' },
      { index: 1, field: 'awardCents', code: 'award_not_positive' },
      { index: 2, field: 'applicationId', code: 'award_unknown_application' },
      { index: 3, field: 'applicationId', code: 'award_duplicate' },
      { index: 4, field: 'applicationId', code: 'award_duplicate' },
    ]);
  });
});
