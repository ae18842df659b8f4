import type { Role } from '@skema/contracts';
import { user } from '../../../testing/auth-testing';
import { navSectionsFor } from './nav-items';

const paths = (sections: ReturnType<typeof navSectionsFor>) =>
  sections.map((section) => ({ [section.id]: section.items.map((item) => item.path) }));

describe('navSectionsFor', () => {
  it('shows an applicant their organisation, notifications and account, and no administration', () => {
    expect(paths(navSectionsFor(user({ roles: ['applicant'] })))).toEqual([
      { mine: ['/organisation', '/applications', '/my-grants', '/notifications', '/account'] },
    ]);
  });

  it('shows an administrator the administration pages', () => {
    expect(paths(navSectionsFor(user({ roles: ['admin'] })))).toEqual([
      { mine: ['/notifications', '/account'] },
      { admin: ['/admin/users', '/admin/audit', '/admin/queues'] },
    ]);
  });

  it('shows an evaluator their evaluations, and nothing of the programme', () => {
    expect(paths(navSectionsFor(user({ roles: ['evaluator'] })))).toEqual([
      { mine: ['/evaluations', '/notifications', '/account'] },
    ]);
  });

  it('hides "your organisation" from staff, who belong to none', () => {
    expect(paths(navSectionsFor(user({ roles: ['programme_manager'] })))).toEqual([
      { mine: ['/notifications', '/account'] },
      { programme: ['/manage/calls', '/applications', '/my-grants', '/payments'] },
    ]);
  });

  it('shows a finance officer every grant under the programme, labelled for staff', () => {
    const sections = navSectionsFor(user({ roles: ['finance_officer'] }));
    expect(paths(sections)).toEqual([
      { mine: ['/notifications', '/account'] },
      { programme: ['/my-grants', '/payments'] },
    ]);
    expect(sections[1].items[0].labelKey).toBe('nav.staffGrants');
  });

  it('shows the payments workspace to finance and programme staff, never to applicants or evaluators', () => {
    const hasPayments = (roles: Role[]) =>
      navSectionsFor(user({ roles })).some((section) => section.items.some((item) => item.path === '/payments'));
    expect(hasPayments(['finance_officer'])).toBe(true);
    expect(hasPayments(['programme_manager'])).toBe(true);
    expect(hasPayments(['applicant'])).toBe(false);
    expect(hasPayments(['evaluator'])).toBe(false);
  });

  it('labels an applicant’s grants as their own, never as the staff’s list', () => {
    const items = navSectionsFor(user({ roles: ['applicant'] })).flatMap((section) => section.items);
    expect(items.filter((item) => item.path === '/my-grants').map((item) => item.labelKey)).toEqual(['nav.myGrants']);
  });
});
