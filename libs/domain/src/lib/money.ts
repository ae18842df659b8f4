/**
 * Money is integer cents (EUR) or integer lekë (ALL), never floats (DESIGN §1). These helpers keep
 * every sum exact and refuse values that are not safe integers.
 */
export type Cents = number;

export class MoneyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyError';
  }
}

export function assertCents(value: number, what = 'amount'): Cents {
  if (!Number.isSafeInteger(value)) throw new MoneyError(`${what} must be a whole number of cents, got ${value}`);
  return value;
}

/** Exact sum of cent amounts. */
export function sumCents(values: readonly Cents[]): Cents {
  return values.reduce<Cents>((total, value) => assertCents(total + assertCents(value), 'sum'), 0);
}

/** quantity × unit cost, for a budget line; quantities may have up to 2 decimals (e.g. 2.5 months). */
export function lineTotalCents(quantity: number, unitCostCents: Cents): Cents {
  assertCents(unitCostCents, 'unit cost');
  const hundredths = Math.round(quantity * 100);
  if (Math.abs(quantity * 100 - hundredths) > 1e-6) throw new MoneyError(`quantity ${quantity} has more than 2 decimals`);
  // Round half away from zero, once, at the end.
  const product = hundredths * unitCostCents;
  return assertCents(Math.sign(product) * Math.round(Math.abs(product) / 100), 'line total');
}

/**
 * The share `part / whole` in basis points (1/100 of a percent), rounded down so a limit such as
 * "at most 90% of eligible costs" is never exceeded by rounding.
 */
export function shareBasisPoints(part: Cents, whole: Cents): number {
  assertCents(part);
  assertCents(whole);
  if (whole <= 0) throw new MoneyError('the whole must be positive');
  return Math.floor((part * 10_000) / whole);
}

/** `percent`% of an amount in cents, rounded down (a ceiling must never be overshot). */
export function percentOfCents(amount: Cents, basisPoints: number): Cents {
  assertCents(amount);
  if (!Number.isInteger(basisPoints) || basisPoints < 0) throw new MoneyError('basis points must be a whole number ≥ 0');
  return Math.floor((amount * basisPoints) / 10_000);
}
