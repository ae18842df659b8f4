import { describeDevice, LOCK_AFTER_FAILURES, lockMinutes } from './auth.service';

describe('sign-in lockout', () => {
  it('does not lock before the threshold', () => {
    for (let failures = 0; failures < LOCK_AFTER_FAILURES; failures += 1) expect(lockMinutes(failures)).toBe(0);
  });

  it('locks for a time that doubles with each further failure, up to an hour', () => {
    expect([5, 6, 7, 8, 9, 10, 11, 12, 20].map(lockMinutes)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });
});

describe('describeDevice', () => {
  it.each([
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox on Windows'],
    ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36', 'Chrome on Android'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 'Safari on iOS'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0', 'Edge on Windows'],
    ['curl/8.5.0', 'curl/8.5.0'],
    ['', 'unknown'],
  ])('%p → %p', (agent, expected) => expect(describeDevice(agent)).toBe(expected));
});
