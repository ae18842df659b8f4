import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts a long, unpredictable passphrase', () => {
    expect(passwordProblem('Skema-Demo-2026!')).toBeNull();
    expect(passwordProblem('lumi drini bjeshke kalabash')).toBeNull();
  });

  it.each([
    ['too_short', 'Sh0rt!'],
    ['too_weak', 'password1234'],
    ['too_weak', 'qwertyuiop123'],
    ['too_weak', '111111111111'],
  ])('refuses with %s: %p', (problem, password) => expect(passwordProblem(password)).toBe(problem));

  it('counts the person’s own name and e-mail against the password', () => {
    expect(passwordProblem('tendryshem2026')).toBeNull();
    expect(passwordProblem('tendryshem2026', ['anila.meta@tendryshem.test', 'Anila Meta'])).toBe('too_weak');
  });

  it('refuses absurdly long input', () => expect(passwordProblem('x'.repeat(129))).toBe('too_long'));
});
