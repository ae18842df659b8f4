/** Exact integer arithmetic for the grant rules (internal to `grants/`). */
import { type Cents, MoneyError, assertCents } from '../money';

/**
 * ⌊a × b ÷ c⌋ for whole, non-negative a and b and positive c, exact for every safe input: the product
 * of two amounts in cents (spent × award) passes 2^53 long before either does, so it is taken in
 * BigInt and only the quotient, which is at most a × b ÷ c, comes back as a number.
 */
export function mulDivFloor(a: number, b: number, c: number): number {
  if (![a, b, c].every(Number.isSafeInteger) || a < 0 || b < 0 || c <= 0) {
    throw new MoneyError(`cannot take ⌊${a} × ${b} ÷ ${c}⌋ in whole numbers`);
  }
  return assertCents(Number((BigInt(a) * BigInt(b)) / BigInt(c)), 'share');
}

/** Whole cents ≥ 0 (`what` names the amount in the message). */
export function assertNonNegativeCents(value: number, what: string): Cents {
  assertCents(value, what);
  if (value < 0) throw new MoneyError(`${what} cannot be negative, got ${value}`);
  return value;
}

/** Whole cents > 0. */
export function assertPositiveCents(value: number, what: string): Cents {
  assertCents(value, what);
  if (value <= 0) throw new MoneyError(`${what} must be positive, got ${value}`);
  return value;
}
