import { REPORT_STATUSES } from '@skema/contracts';
import { IllegalTransitionError } from '@skema/domain';
import { assertReportTransition, EDITABLE_REPORT_STATUSES, REPORT_TRANSITIONS } from './report-lifecycle';

describe('grantee report lifecycle', () => {
  it('submits drafts and corrected reports, reviews submitted ones, and keeps approved ones final', () => {
    const allowed = REPORT_STATUSES.flatMap((from) =>
      REPORT_STATUSES.filter((to) => {
        try {
          assertReportTransition(from, to);
          return true;
        } catch (error) {
          expect(error).toBeInstanceOf(IllegalTransitionError);
          return false;
        }
      }).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual(['draft→submitted', 'submitted→approved', 'submitted→returned', 'returned→submitted']);
    expect(REPORT_TRANSITIONS.approved).toEqual([]);
    expect(EDITABLE_REPORT_STATUSES).toEqual(['draft', 'returned']);
  });
});
