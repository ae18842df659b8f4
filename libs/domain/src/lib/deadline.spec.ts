import fc from 'fast-check';
import {
  LocalDateTimeError,
  instantToTiraneLocal,
  isBeforeDeadline,
  resolveTiraneLocal,
  tiraneLocalToInstant,
  tiraneOffsetMs,
  timeLeft,
} from './deadline';

const utc = (iso: string) => new Date(iso);
const local = tiraneLocalToInstant;
const HOUR = 3_600_000;

// 2026: summer time starts Sun 29 March (01:00 UTC, 02:00 → 03:00) and ends Sun 25 October
// (01:00 UTC, 03:00 → 02:00).
describe('isBeforeDeadline', () => {
  const deadline = local('2026-03-30T12:00');

  it('accepts a submission up to the last millisecond before the deadline', () => {
    expect(isBeforeDeadline(local('2026-03-30T11:59:59.999'), deadline)).toBe(true);
    expect(isBeforeDeadline(utc('2026-03-30T09:59:59.999Z'), deadline)).toBe(true);
  });

  it('refuses it at 12:00:00.000 exactly and after', () => {
    expect(isBeforeDeadline(utc('2026-03-30T10:00:00.000Z'), deadline)).toBe(false);
    expect(isBeforeDeadline(utc('2026-03-30T10:00:00.001Z'), deadline)).toBe(false);
    expect(isBeforeDeadline(utc('2026-04-30T10:00:00.000Z'), deadline)).toBe(false);
  });

  it('refuses to decide on an invalid date', () => {
    expect(() => isBeforeDeadline(new Date(Number.NaN), deadline)).toThrow(RangeError);
    expect(() => isBeforeDeadline(deadline, new Date('not a date'))).toThrow(RangeError);
  });
});

describe('tiraneLocalToInstant', () => {
  it('reads winter time as UTC+1 and summer time as UTC+2', () => {
    expect(local('2026-01-15T12:00')).toEqual(utc('2026-01-15T11:00:00Z'));
    expect(local('2026-07-15T12:00')).toEqual(utc('2026-07-15T10:00:00Z'));
    expect(local('2026-03-28T12:00')).toEqual(utc('2026-03-28T11:00:00Z'));
    expect(local('2026-03-30T12:00')).toEqual(utc('2026-03-30T10:00:00Z'));
  });

  it('puts a 12:00 deadline the day after the spring change 1 h closer in UTC', () => {
    expect(local('2026-03-30T12:00').getTime() - local('2026-03-28T12:00').getTime()).toBe(47 * HOUR);
    expect(local('2026-03-29T12:00')).toEqual(utc('2026-03-29T10:00:00Z'));
  });

  it('puts a 12:00 deadline the day after the autumn change 1 h later in UTC', () => {
    expect(local('2026-10-26T12:00')).toEqual(utc('2026-10-26T11:00:00Z'));
    expect(local('2026-10-26T12:00').getTime() - local('2026-10-24T12:00').getTime()).toBe(49 * HOUR);
  });

  it('moves a time skipped in spring forward by the hour the clocks jump', () => {
    expect(resolveTiraneLocal('2026-03-29T01:59')).toEqual({ instant: utc('2026-03-29T00:59:00Z'), kind: 'exact' });
    expect(resolveTiraneLocal('2026-03-29T02:00')).toEqual({ instant: utc('2026-03-29T01:00:00Z'), kind: 'skipped' });
    expect(resolveTiraneLocal('2026-03-29T02:30')).toEqual({ instant: utc('2026-03-29T01:30:00Z'), kind: 'skipped' });
    expect(resolveTiraneLocal('2026-03-29T02:59:59.999')).toEqual({
      instant: utc('2026-03-29T01:59:59.999Z'),
      kind: 'skipped',
    });
    expect(resolveTiraneLocal('2026-03-29T03:00')).toEqual({ instant: utc('2026-03-29T01:00:00Z'), kind: 'exact' });
    // 02:30 is read as 03:30 summer time.
    expect(instantToTiraneLocal(local('2026-03-29T02:30'))).toBe('2026-03-29T03:30');
  });

  it('takes the first, summer-time occurrence of a time repeated in autumn', () => {
    expect(resolveTiraneLocal('2026-10-25T01:59')).toEqual({ instant: utc('2026-10-24T23:59:00Z'), kind: 'exact' });
    expect(resolveTiraneLocal('2026-10-25T02:00')).toEqual({ instant: utc('2026-10-25T00:00:00Z'), kind: 'repeated' });
    expect(resolveTiraneLocal('2026-10-25T02:30')).toEqual({ instant: utc('2026-10-25T00:30:00Z'), kind: 'repeated' });
    expect(resolveTiraneLocal('2026-10-25T02:59:59.999')).toEqual({
      instant: utc('2026-10-25T00:59:59.999Z'),
      kind: 'repeated',
    });
    expect(resolveTiraneLocal('2026-10-25T03:00')).toEqual({ instant: utc('2026-10-25T02:00:00Z'), kind: 'exact' });
  });

  it('follows the rule in other years too (last Sundays of 2025)', () => {
    expect(resolveTiraneLocal('2025-03-30T02:15').kind).toBe('skipped');
    expect(resolveTiraneLocal('2025-03-23T02:15').kind).toBe('exact');
    expect(resolveTiraneLocal('2025-10-26T02:15')).toEqual({ instant: utc('2025-10-26T00:15:00Z'), kind: 'repeated' });
  });

  it('reads seconds and fractions of a second', () => {
    expect(local('2026-03-30T11:59:59')).toEqual(utc('2026-03-30T09:59:59Z'));
    expect(local('2026-03-30T11:59:59.5')).toEqual(utc('2026-03-30T09:59:59.500Z'));
    expect(local('2026-03-30T11:59:59.007')).toEqual(utc('2026-03-30T09:59:59.007Z'));
  });

  it.each([
    '',
    '2026-03-29',
    '2026-03-29 12:00',
    '2026-03-29T12:00Z',
    '2026-03-29T12:00+01:00',
    '2026-3-29T12:00',
    '2026-02-29T12:00',
    '2026-04-31T12:00',
    '2026-13-01T12:00',
    '2026-03-29T24:00',
    '2026-03-29T12:60',
    '2026-03-29T12:00:60',
    '0050-01-01T00:00',
  ])('refuses %p', (text) => expect(() => local(text)).toThrow(LocalDateTimeError));

  it('accepts 29 February in a leap year', () =>
    expect(local('2028-02-29T12:00')).toEqual(utc('2028-02-29T11:00:00Z')));
});

describe('instantToTiraneLocal', () => {
  it('writes wall-clock time, with seconds only when they are not zero', () => {
    expect(instantToTiraneLocal(utc('2026-01-15T11:00:00Z'))).toBe('2026-01-15T12:00');
    expect(instantToTiraneLocal(utc('2026-07-15T10:00:30Z'))).toBe('2026-07-15T12:00:30');
    expect(instantToTiraneLocal(utc('2026-07-15T10:00:00.250Z'))).toBe('2026-07-15T12:00:00.250');
    expect(instantToTiraneLocal(utc('2025-12-31T23:30:00Z'))).toBe('2026-01-01T00:30');
  });

  it('jumps from 01:59:59.999 to 03:00 in spring', () => {
    expect(instantToTiraneLocal(utc('2026-03-29T00:59:59.999Z'))).toBe('2026-03-29T01:59:59.999');
    expect(instantToTiraneLocal(utc('2026-03-29T01:00:00Z'))).toBe('2026-03-29T03:00');
  });

  it('shows 02:30 twice in autumn', () => {
    expect(instantToTiraneLocal(utc('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30');
    expect(instantToTiraneLocal(utc('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30');
  });

  it('knows the offset', () => {
    expect(tiraneOffsetMs(utc('2026-03-29T00:59:59Z'))).toBe(HOUR);
    expect(tiraneOffsetMs(utc('2026-03-29T01:00:00Z'))).toBe(2 * HOUR);
    expect(tiraneOffsetMs(utc('2026-10-25T00:59:59Z'))).toBe(2 * HOUR);
    expect(tiraneOffsetMs(utc('2026-10-25T01:00:00Z'))).toBe(HOUR);
  });

  it('refuses an invalid date', () => expect(() => instantToTiraneLocal(new Date(Number.NaN))).toThrow(RangeError));

  describe('round trip', () => {
    const instants = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }).map((ms) => new Date(ms));

    it('gives back the instant, except the second pass of a repeated hour, which reads as the first', () =>
      fc.assert(
        fc.property(instants, (instant) => {
          const text = instantToTiraneLocal(instant);
          const { instant: back, kind } = resolveTiraneLocal(text);
          expect(kind).not.toBe('skipped');
          if (kind === 'repeated') expect([instant.getTime(), instant.getTime() - HOUR]).toContain(back.getTime());
          else expect(back).toEqual(instant);
          expect(instantToTiraneLocal(back)).toBe(text);
        }),
        { numRuns: 2_000 },
      ));

    it('round-trips every minute around both 2026 changes', () => {
      for (const start of [utc('2026-03-28T22:00:00Z'), utc('2026-10-24T22:00:00Z')]) {
        for (let minute = 0; minute < 6 * 60; minute++) {
          const instant = new Date(start.getTime() + minute * 60_000);
          const back = local(instantToTiraneLocal(instant)).getTime();
          expect([instant.getTime(), instant.getTime() - HOUR]).toContain(back);
        }
      }
    });
  });
});

describe('timeLeft', () => {
  const deadline = local('2026-03-30T12:00');

  it('counts down days, hours, minutes and seconds', () =>
    expect(timeLeft(local('2026-04-20T09:56:56'), local('2026-04-30T12:00'))).toEqual({
      days: 10,
      hours: 2,
      minutes: 3,
      seconds: 4,
      totalSeconds: 10 * 86_400 + 2 * 3_600 + 3 * 60 + 4,
      expired: false,
    }));

  it('shows 1 second until the deadline itself, then expired', () => {
    expect(timeLeft(local('2026-03-30T11:59:59.999'), deadline)).toMatchObject({
      seconds: 1,
      totalSeconds: 1,
      expired: false,
    });
    expect(timeLeft(local('2026-03-30T11:59:59'), deadline)).toMatchObject({ seconds: 1, expired: false });
    expect(timeLeft(local('2026-03-30T11:59:58.5'), deadline)).toMatchObject({ seconds: 2, expired: false });
    const expired = { days: 0, hours: 0, minutes: 0, seconds: 0, totalSeconds: 0, expired: true };
    expect(timeLeft(deadline, deadline)).toEqual(expired);
    expect(timeLeft(local('2026-04-02T08:00'), deadline)).toEqual(expired);
  });

  it('counts real hours across the changes, not wall-clock ones', () => {
    // From Saturday noon to Sunday noon is 23 h in spring and 25 h in autumn.
    expect(timeLeft(local('2026-03-28T12:00'), local('2026-03-29T12:00'))).toMatchObject({
      days: 0,
      hours: 23,
      minutes: 0,
    });
    expect(timeLeft(local('2026-10-24T12:00'), local('2026-10-25T12:00'))).toMatchObject({
      days: 1,
      hours: 1,
      minutes: 0,
    });
  });

  it('agrees with isBeforeDeadline for any pair of instants', () =>
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e12 }), fc.integer({ min: 0, max: 4e12 }), (now, due) => {
        const left = timeLeft(new Date(now), new Date(due));
        expect(left.expired).toBe(!isBeforeDeadline(new Date(now), new Date(due)));
        expect(left.days * 86_400 + left.hours * 3_600 + left.minutes * 60 + left.seconds).toBe(left.totalSeconds);
        expect(left.hours < 24 && left.minutes < 60 && left.seconds < 60).toBe(true);
      }),
    ));
});
