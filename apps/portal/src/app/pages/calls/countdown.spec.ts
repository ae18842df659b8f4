import { callPhase, clockOffset, countdown } from './countdown';

const deadline = Date.parse('2026-03-07T11:00:00.000Z'); // 12:00 in Tirana
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('countdown', () => {
  it('shows days, hours and minutes while more than an hour is left', () => {
    const left = countdown(deadline, deadline - (2 * DAY + 3 * HOUR + 4 * MINUTE + 5 * SECOND));

    expect(left).toMatchObject({ days: 2, hours: 3, minutes: 4, seconds: 5, passed: false });
    expect(left.units).toEqual([
      { unit: 'days', value: 2 },
      { unit: 'hours', value: 3 },
      { unit: 'minutes', value: 4 },
    ]);
  });

  it('drops the days on the last day', () => {
    expect(countdown(deadline, deadline - (5 * HOUR + 30 * MINUTE)).units).toEqual([
      { unit: 'hours', value: 5 },
      { unit: 'minutes', value: 30 },
    ]);
  });

  it('counts minutes and seconds in the last hour', () => {
    expect(countdown(deadline, deadline - HOUR).units).toEqual([
      { unit: 'minutes', value: 60 },
      { unit: 'seconds', value: 0 },
    ]);
    expect(countdown(deadline, deadline - (12 * MINUTE + 9 * SECOND)).units).toEqual([
      { unit: 'minutes', value: 12 },
      { unit: 'seconds', value: 9 },
    ]);
  });

  it('never shows zero while the call is still open: seconds round up', () => {
    const left = countdown(deadline, deadline - 1);

    expect(left.passed).toBe(false);
    expect(left.totalSeconds).toBe(1);
    expect(left.units).toEqual([
      { unit: 'minutes', value: 0 },
      { unit: 'seconds', value: 1 },
    ]);
  });

  it('has passed exactly at the deadline, as the API refuses a submission then', () => {
    expect(countdown(deadline, deadline)).toEqual({
      days: 0,
      hours: 0,
      minutes: 0,
      seconds: 0,
      totalSeconds: 0,
      passed: true,
      units: [],
    });
  });

  it('stays passed after the deadline', () => {
    expect(countdown(deadline, deadline + 3 * DAY)).toMatchObject({ passed: true, totalSeconds: 0, units: [] });
  });
});

describe('clockOffset', () => {
  it('is how far the server is ahead of the device, or behind it', () => {
    expect(clockOffset('2026-03-07T10:00:00.000Z', Date.parse('2026-03-07T09:55:00.000Z'))).toBe(5 * MINUTE);
    expect(clockOffset('2026-03-07T10:00:00.000Z', Date.parse('2026-03-07T10:00:30.000Z'))).toBe(-30 * SECOND);
  });

  it('trusts the device when the server time is unreadable', () => {
    expect(clockOffset('not a date', Date.now())).toBe(0);
  });
});

describe('callPhase', () => {
  const call = { status: 'published' as const, opensAt: '2026-01-10T08:00:00.000Z', deadline: '2026-03-07T11:00:00.000Z' };

  it('is upcoming before opening, open until the deadline, closed from the deadline on', () => {
    expect(callPhase(call, Date.parse(call.opensAt) - 1)).toBe('upcoming');
    expect(callPhase(call, Date.parse(call.opensAt))).toBe('open');
    expect(callPhase(call, deadline - 1)).toBe('open');
    expect(callPhase(call, deadline)).toBe('closed');
  });

  it('is closed once the programme manager closed the call, whatever the clock says', () => {
    expect(callPhase({ ...call, status: 'closed' }, deadline - DAY)).toBe('closed');
  });
});
