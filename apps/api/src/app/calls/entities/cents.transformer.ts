import type { ValueTransformer } from 'typeorm';

/**
 * `bigint` cents columns arrive from pg as strings (a bigint may exceed a JS number). Entities hold
 * `number`; a value beyond Number.MAX_SAFE_INTEGER is refused both ways rather than silently rounded.
 */
export const centsTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => {
    if (value === null || value === undefined) return value;
    if (!Number.isSafeInteger(value)) throw new RangeError(`money must be a safe whole number of cents, got ${value}`);
    return value;
  },
  from: (value: string | null) => {
    if (value === null) return null;
    const cents = Number(value);
    if (!Number.isSafeInteger(cents)) throw new RangeError(`stored amount ${value} exceeds the safe integer range`);
    return cents;
  },
};
