import { user } from '../../../testing/auth-testing';
import { landingPath, safeReturnUrl } from './auth-redirects';

describe('safeReturnUrl', () => {
  it('follows a path inside the portal', () => {
    expect(safeReturnUrl('/admin/audit?entity=users')).toBe('/admin/audit?entity=users');
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '', null, undefined])(
    'refuses %p, which would make sign-in an open redirect',
    (value) => {
      expect(safeReturnUrl(value)).toBeNull();
    },
  );

  it('does not send the person back to the sign-in page', () => {
    expect(safeReturnUrl('/sign-in?returnUrl=%2F')).toBeNull();
  });
});

describe('landingPath', () => {
  it('takes staff who must set up a second factor there first', () => {
    expect(landingPath(user({ roles: ['finance_officer'], twoFactorRequired: true }))).toBe('/account/security');
  });

  it('takes administrators to the users, applicants to their organisation, others to their notifications', () => {
    expect(landingPath(user({ roles: ['admin'], twoFactorRequired: true, twoFactorEnabled: true }))).toBe('/admin/users');
    expect(landingPath(user({ roles: ['applicant'] }))).toBe('/organisation');
    expect(landingPath(user({ roles: ['evaluator'] }))).toBe('/notifications');
  });
});
