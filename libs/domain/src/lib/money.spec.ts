import fc from 'fast-check';
import { lineTotalCents, MoneyError, percentOfCents, shareBasisPoints, sumCents } from './money';

describe('money in integer cents', () => {
  it('sums exactly where floats would drift', () => {
    expect(sumCents([10, 20])).toBe(30);
    expect(sumCents(Array.from({ length: 10 }, () => 10))).toBe(100); // 0.1 € × 10 = 1.00 €
    expect(sumCents([])).toBe(0);
  });

  it('refuses fractions of a cent and unsafe integers', () => {
    expect(() => sumCents([1.5])).toThrow(MoneyError);
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(MoneyError);
    expect(() => sumCents([Number.NaN])).toThrow(MoneyError);
  });

  it('computes budget lines from quantity and unit cost', () => {
    expect(lineTotalCents(12, 45_000)).toBe(540_000);
    expect(lineTotalCents(2.5, 1_999)).toBe(4_998); // 49.975 € rounds half up to 49.98 €
    expect(lineTotalCents(0, 1_000)).toBe(0);
    expect(() => lineTotalCents(1.234, 100)).toThrow(/2 decimals/);
  });

  it('never rounds a share or a ceiling upwards', () => {
    expect(shareBasisPoints(9_000_00, 10_000_00)).toBe(9_000);
    expect(shareBasisPoints(2, 3)).toBe(6_666);
    expect(percentOfCents(6_000_000, 9_000)).toBe(5_400_000);
    expect(percentOfCents(333, 5_000)).toBe(166);
    expect(() => shareBasisPoints(1, 0)).toThrow(MoneyError);
  });

  it('keeps percentOfCents within the amount for any input', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 10_000 }), (amount, bp) => {
        const part = percentOfCents(amount, bp);
        return Number.isSafeInteger(part) && part >= 0 && part <= amount && shareBasisPoints(part, Math.max(amount, 1)) <= bp;
      }),
    );
  });
});
