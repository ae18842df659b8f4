import fc from 'fast-check';
import { REGION_CODES, type RegionCode } from '@skema/contracts';
import { ContractNumberError, formatContractNumber, isContractNumber, parseContractNumber } from './contract-number';

describe('contract numbers', () => {
  it.each([
    [{ year: 2026, regionCode: 'KUK', sequence: 1 }, 'SK-G-2026-KUK-001'],
    [{ year: 2026, regionCode: 'TIR', sequence: 42 }, 'SK-G-2026-TIR-042'],
    [{ year: 2027, regionCode: 'SAR', sequence: 999 }, 'SK-G-2027-SAR-999'],
    [{ year: 2027, regionCode: 'DIB', sequence: 1_000 }, 'SK-G-2027-DIB-1000'],
  ] as const)('writes %p as %p and reads it back', (number, text) => {
    expect(formatContractNumber(number)).toBe(text);
    expect(parseContractNumber(text)).toEqual(number);
  });

  it.each([
    ['a year of 3 digits', { year: 999, regionCode: 'KUK', sequence: 1 }],
    ['a year of 5 digits', { year: 10_000, regionCode: 'KUK', sequence: 1 }],
    ['an unknown region', { year: 2026, regionCode: 'XXX' as RegionCode, sequence: 1 }],
    ['sequence 0', { year: 2026, regionCode: 'KUK', sequence: 0 }],
    ['a fractional sequence', { year: 2026, regionCode: 'KUK', sequence: 2.5 }],
    ['an unsafe sequence', { year: 2026, regionCode: 'KUK', sequence: 2 ** 53 }],
  ] as const)('refuses to write %s', (_why, number) =>
    expect(() => formatContractNumber(number)).toThrow(ContractNumberError),
  );

  it('names what was wrong', () =>
    expect(() => formatContractNumber({ year: 2026, regionCode: 'KUK', sequence: 0 })).toThrow(
      'sequence must be a whole number ≥ 1, got 0',
    ));

  it('reads what a person types or pastes', () => {
    expect(parseContractNumber(' sk-g-2026-kuk-007 ')).toEqual({ year: 2026, regionCode: 'KUK', sequence: 7 });
    expect(isContractNumber('Sk-G-2026-Dib-010')).toBe(true);
  });

  it.each([
    ['nothing', ''],
    ['an application reference', 'SK-2026-KUK-0007'],
    ['too little padding', 'SK-G-2026-KUK-07'],
    ['padding past 3 digits', 'SK-G-2026-KUK-0007'],
    ['sequence 0', 'SK-G-2026-KUK-000'],
    ['an unknown region', 'SK-G-2026-XYZ-001'],
    ['year 0999', 'SK-G-0999-KUK-001'],
    ['trailing text', 'SK-G-2026-KUK-001/A'],
    ['an unsafe sequence', 'SK-G-2026-KUK-99999999999999999999'],
  ])('does not read %s', (_why, text) => {
    expect(parseContractNumber(text)).toBeNull();
    expect(isContractNumber(text)).toBe(false);
  });

  it('reads back whatever it writes', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.constantFrom(...REGION_CODES),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (year, regionCode, sequence) => {
          const text = formatContractNumber({ year, regionCode, sequence });
          expect(text).toMatch(/^SK-G-\d{4}-[A-Z]{3}-\d{3,}$/);
          expect(text.length).toBeLessThanOrEqual(30);
          expect(parseContractNumber(text)).toEqual({ year, regionCode, sequence });
        },
      ),
    ));
});
