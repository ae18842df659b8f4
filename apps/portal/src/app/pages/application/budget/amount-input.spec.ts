import { formatCentsForInput, formatQuantityForInput, parseEuroCents, parseQuantity } from './amount-input';

describe('parseEuroCents', () => {
  it('reads Albanian notation: comma decimals, spaces or dots between thousands', () => {
    expect(parseEuroCents('12 345,50', 'sq')).toBe(1_234_550);
    expect(parseEuroCents('12.345,50', 'sq')).toBe(1_234_550);
    expect(parseEuroCents('12\u00a0345,5 €', 'sq')).toBe(1_234_550);
    expect(parseEuroCents('1500', 'sq')).toBe(150_000);
  });

  it('reads English notation: dot decimals, commas between thousands', () => {
    expect(parseEuroCents('12,345.50', 'en')).toBe(1_234_550);
    expect(parseEuroCents('€1,500', 'en')).toBe(150_000);
  });

  it('takes a lone other separator with one or two digits as the decimal point', () => {
    expect(parseEuroCents('12.5', 'sq')).toBe(1_250);
    expect(parseEuroCents('12,05', 'en')).toBe(1_205);
    // Three digits after it can only be thousands.
    expect(parseEuroCents('1.234', 'sq')).toBe(123_400);
    expect(parseEuroCents('1,234', 'en')).toBe(123_400);
  });

  it('is exact where float arithmetic is not', () => {
    expect(parseEuroCents('0,29', 'sq')).toBe(29); // 0.29 * 100 = 28.999999999999996
    expect(parseEuroCents('1 005,10', 'sq')).toBe(100_510);
    expect(parseEuroCents('99 999 999,99', 'sq')).toBe(9_999_999_999);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', ' ', 'abc', '12,345', '1,2,3', '12,', ',5', '1.2.3,4,5', '-5', '12,345.6', '1e5']) {
      expect({ text, cents: parseEuroCents(text, 'sq') }).toEqual({ text, cents: null });
    }
    expect(parseEuroCents(null, 'en')).toBeNull();
  });

  it("refuses amounts beyond the scheme's limit", () => {
    expect(parseEuroCents('100 000 000,00', 'sq')).toBe(10_000_000_000);
    expect(parseEuroCents('100 000 000,01', 'sq')).toBeNull();
    expect(parseEuroCents('9'.repeat(20), 'sq')).toBeNull();
  });
});

describe('parseQuantity', () => {
  it('reads up to two decimals in either notation', () => {
    expect(parseQuantity('2,5', 'sq')).toBe(2.5);
    expect(parseQuantity('2.5', 'en')).toBe(2.5);
    expect(parseQuantity('12', 'en')).toBe(12);
    expect(parseQuantity('0,01', 'sq')).toBe(0.01);
  });

  it('refuses three decimals and words', () => {
    expect(parseQuantity('1,005', 'sq')).toBeNull();
    expect(parseQuantity('1.005', 'en')).toBeNull();
    expect(parseQuantity('two', 'en')).toBeNull();
  });
});

describe('formatting for inputs', () => {
  it('writes cents in the locale notation without grouping', () => {
    expect(formatCentsForInput(1_234_550, 'sq')).toBe('12345,50');
    expect(formatCentsForInput(1_234_550, 'en')).toBe('12345.50');
    expect(formatCentsForInput(5, 'en')).toBe('0.05');
    expect(formatCentsForInput(null, 'en')).toBe('');
  });

  it('writes quantities without trailing zeros', () => {
    expect(formatQuantityForInput(2.5, 'sq')).toBe('2,5');
    expect(formatQuantityForInput(12, 'sq')).toBe('12');
    expect(formatQuantityForInput(0.05, 'en')).toBe('0.05');
  });

  it('round-trips what it writes', () => {
    for (const cents of [1, 99, 100, 150_000, 1_234_567]) {
      expect(parseEuroCents(formatCentsForInput(cents, 'sq'), 'sq')).toBe(cents);
      expect(parseEuroCents(formatCentsForInput(cents, 'en'), 'en')).toBe(cents);
    }
  });
});
