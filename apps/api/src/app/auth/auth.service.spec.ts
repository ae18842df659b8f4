import { LOCK_AFTER_FAILURES, lockMinutes } from './auth.service';

describe('sign-in lockout', () => {
  it('does not lock before the threshold', () => {
    for (let failures = 0; failures < LOCK_AFTER_FAILURES; failures += 1) expect(lockMinutes(failures)).toBe(0);
  });

  it('locks for a time that doubles with each further failure, up to an hour', () => {
    expect([5, 6, 7, 8, 9, 10, 11, 12, 20].map(lockMinutes)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });
});
