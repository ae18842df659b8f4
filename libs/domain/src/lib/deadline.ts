/**
 * Deadlines are instants decided by the server clock, but people set and read them as wall-clock time
 * in Albania (DESIGN §1, §3). Conversions go through `Intl` with the IANA zone, so the summer-time
 * rules come from the runtime's time-zone data rather than from code here.
 */

export const SCHEME_TIME_ZONE = 'Europe/Tirane';

/**
 * Submission is allowed while `now < deadline`. The deadline instant itself is late: a call closing at
 * 12:00 accepts 11:59:59.999 and refuses 12:00:00.000, which is how people read "closes at 12:00".
 * An invalid date throws rather than silently deciding either way.
 */
export function isBeforeDeadline(now: Date, deadline: Date): boolean {
  return instantMs(now, 'now') < instantMs(deadline, 'deadline');
}

export interface TimeLeft {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  /** Whole seconds left, rounded up; 0 once expired. */
  totalSeconds: number;
  expired: boolean;
}

/**
 * The live countdown. Seconds round up, so the display reaches 0:00:00 exactly when submission closes
 * (never "0 seconds" while it is still open). Days are 24-hour periods of elapsed time, not calendar
 * days: across a summer-time change the countdown stays true to the real time left.
 */
export function timeLeft(now: Date, deadline: Date): TimeLeft {
  const remainingMs = instantMs(deadline, 'deadline') - instantMs(now, 'now');
  if (remainingMs <= 0) return { days: 0, hours: 0, minutes: 0, seconds: 0, totalSeconds: 0, expired: true };
  const totalSeconds = Math.ceil(remainingMs / 1000);
  return {
    days: Math.floor(totalSeconds / 86_400),
    hours: Math.floor((totalSeconds % 86_400) / 3_600),
    minutes: Math.floor((totalSeconds % 3_600) / 60),
    seconds: totalSeconds % 60,
    totalSeconds,
    expired: false,
  };
}

/**
 * How a wall-clock time maps to an instant on the days the clocks change (last Sunday of March
 * 02:00 → 03:00, last Sunday of October 03:00 → 02:00):
 * - `exact`: the usual case, one instant.
 * - `skipped`: the time never happens (02:30 in spring); it is moved forward by the jump, to 03:30
 *   summer time, so a deadline falls after the gap rather than before a time that looked later.
 * - `repeated`: the time happens twice (02:30 in autumn); the first, summer-time occurrence is used,
 *   so nobody is told they had an hour more than they had.
 * This is the "compatible" choice of Temporal, java.time and iCalendar (RFC 5545), which other tools
 * the programme staff use agree with. The portal can warn when the kind is not `exact`.
 */
export type TiraneLocalKind = 'exact' | 'skipped' | 'repeated';

export class LocalDateTimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalDateTimeError';
  }
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
const HOUR_MS = 3_600_000;

/** Resolves `YYYY-MM-DDTHH:mm[:ss[.sss]]` (as an `<input type="datetime-local">` gives it) in Tirana. */
export function resolveTiraneLocal(local: string): { instant: Date; kind: TiraneLocalKind } {
  const wallMs = parseLocal(local);
  // Offsets from a day either side cover any change; each candidate must map back to the same wall time.
  const offsets = [...new Set([offsetMs(wallMs - 24 * HOUR_MS), offsetMs(wallMs + 24 * HOUR_MS)])];
  const matches = offsets.map((offset) => wallMs - offset).filter((instant) => wallClockMs(instant) === wallMs);
  if (matches.length > 0) {
    // The earliest instant is the summer-time one when the wall time repeats.
    return { instant: new Date(Math.min(...matches)), kind: matches.length > 1 ? 'repeated' : 'exact' };
  }
  // In the gap: read the wall time with the offset from before the jump, which lands after it.
  const before = offsetMs(wallMs - 24 * HOUR_MS);
  return { instant: new Date(wallMs - before), kind: 'skipped' };
}

export function tiraneLocalToInstant(local: string): Date {
  return resolveTiraneLocal(local).instant;
}

/**
 * The wall-clock time in Tirana as a datetime-local input takes it: `YYYY-MM-DDTHH:mm`, with `:ss`
 * and `.sss` only when they are not zero, so it round-trips with the input and `tiraneLocalToInstant`.
 */
export function instantToTiraneLocal(date: Date): string {
  const ms = instantMs(date, 'date');
  const wall = new Date(wallClockMs(ms));
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const minutes = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
  const seconds = wall.getUTCSeconds();
  const millis = wall.getUTCMilliseconds();
  if (seconds === 0 && millis === 0) return minutes;
  return millis === 0 ? `${minutes}:${pad(seconds)}` : `${minutes}:${pad(seconds)}.${pad(millis, 3)}`;
}

/** Tirana's offset from UTC at an instant (3,600,000 in winter, 7,200,000 in summer). */
export function tiraneOffsetMs(date: Date): number {
  return offsetMs(instantMs(date, 'date'));
}

// Created once: building a DateTimeFormat is far slower than using one.
const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: SCHEME_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The Tirana wall-clock time at `instant`, written as if it were a UTC instant (for arithmetic). */
function wallClockMs(instant: number): number {
  const millis = ((instant % 1000) + 1000) % 1000;
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(instant - millis))) parts[part.type] = Number(part.value);
  const field = (name: string) => parts[name] ?? Number.NaN;
  const wall = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour') % 24,
    field('minute'),
    field('second'),
  );
  return wall + millis;
}

function offsetMs(instant: number): number {
  return wallClockMs(instant) - instant;
}

function parseLocal(local: string): number {
  const match = LOCAL_PATTERN.exec(local);
  if (!match) throw new LocalDateTimeError(`expected YYYY-MM-DDTHH:mm, got ${JSON.stringify(local)}`);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((value) => Number(value ?? 0));
  const millis = Number((match[7] ?? '').padEnd(3, '0'));
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(wallMs);
  // Date.UTC rolls 31 April over into 1 May; a date that does not exist is an error, not a guess.
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw new LocalDateTimeError(`${local} is not a valid date and time`);
  }
  // (Years 0000–0099 fail here too: Date.UTC reads them as 1900–1999. No call was ever due then.)
  return wallMs;
}

function instantMs(date: Date, what: string): number {
  const ms = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${what} is not a valid date`);
  return ms;
}
