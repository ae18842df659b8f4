import { user } from '../../../testing/auth-testing';
import { navSectionsFor } from './nav-items';

const paths = (sections: ReturnType<typeof navSectionsFor>) =>
  sections.map((section) => ({ [section.id]: section.items.map((item) => item.path) }));

describe('navSectionsFor', () => {
  it('shows an applicant their organisation, notifications and account, and no administration', () => {
    expect(paths(navSectionsFor(user({ roles: ['applicant'] })))).toEqual([
      { mine: ['/organisation', '/applications', '/notifications', '/account'] },
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
      { programme: ['/manage/calls', '/applications'] },
    ]);
  });
});
