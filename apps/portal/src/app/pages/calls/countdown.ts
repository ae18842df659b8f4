import type { CallStatus } from '@skema/contracts';
import { isBeforeDeadline, timeLeft } from '@skema/domain';

export type CountdownUnit = 'days' | 'hours' | 'minutes' | 'seconds';

export interface Countdown {
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  /** Whole seconds left, rounded up; 0 once passed. */
  readonly totalSeconds: number;
  /** The deadline has come: exactly at it, submission is already closed (the API agrees). */
  readonly passed: boolean;
  /** What to show: days, hours and minutes; minutes and seconds in the last hour; nothing once passed. */
  readonly units: readonly { readonly unit: CountdownUnit; readonly value: number }[];
}

export const HOUR_SECONDS = 3_600;
export const DAY_SECONDS = 86_400;

/**
 * The time left before a deadline, as a person reads it. The arithmetic is the domain's `timeLeft`
 * (seconds rounded up, so it never shows 0 while the call is still open); this only picks the units.
 */
export function countdown(deadlineMs: number, nowMs: number): Countdown {
  const left = timeLeft(new Date(nowMs), new Date(deadlineMs));
  const { days, hours, minutes, seconds } = left;
  let units: Countdown['units'];
  if (left.expired) units = [];
  else if (left.totalSeconds <= HOUR_SECONDS) {
    // 3,600 s is still "60 minutes", not "1 hour 0 minutes": the seconds start ticking at the hour.
    units = [
      { unit: 'minutes', value: Math.floor(left.totalSeconds / 60) },
      { unit: 'seconds', value: seconds },
    ];
  } else if (days > 0) {
    units = [
      { unit: 'days', value: days },
      { unit: 'hours', value: hours },
      { unit: 'minutes', value: minutes },
    ];
  } else {
    units = [
      { unit: 'hours', value: hours },
      { unit: 'minutes', value: minutes },
    ];
  }
  return { days, hours, minutes, seconds, totalSeconds: left.totalSeconds, passed: left.expired, units };
}

/**
 * How far the server's clock is ahead of this device's (negative when behind). Phones are often
 * minutes off; the deadline is the server's, so every countdown runs on `Date.now() + offset`.
 */
export function clockOffset(serverTime: string, receivedAtMs: number): number {
  const server = Date.parse(serverTime);
  return Number.isNaN(server) ? 0 : server - receivedAtMs;
}

/** Where a public call stands for an applicant, by the server's clock. */
export type CallPhase = 'upcoming' | 'open' | 'closed';

export function callPhase(
  call: { readonly status: CallStatus; readonly opensAt: string; readonly deadline: string },
  serverNowMs: number,
): CallPhase {
  const now = new Date(serverNowMs);
  if (call.status !== 'published' || !isBeforeDeadline(now, new Date(call.deadline))) return 'closed';
  return now.getTime() < Date.parse(call.opensAt) ? 'upcoming' : 'open';
}
