import fc from 'fast-check';
import { REGION_CODES, type RegionCode } from '@skema/contracts';
import {
  ApplicationReferenceError,
  formatApplicationReference,
  isApplicationReference,
  parseApplicationReference,
} from './application-reference';

describe('application references', () => {
  it.each([
    [{ year: 2025, regionCode: 'KUK', sequence: 7 }, 'SK-2025-KUK-0007'],
    [{ year: 2025, regionCode: 'TIR', sequence: 1 }, 'SK-2025-TIR-0001'],
    [{ year: 2026, regionCode: 'SAR', sequence: 9_999 }, 'SK-2026-SAR-9999'],
    [{ year: 2026, regionCode: 'DIB', sequence: 10_000 }, 'SK-2026-DIB-10000'],
    [{ year: 2026, regionCode: 'DIB', sequence: 123_456 }, 'SK-2026-DIB-123456'],
  ] as const)('writes %p as %p and reads it back', (reference, text) => {
    expect(formatApplicationReference(reference)).toBe(text);
    expect(parseApplicationReference(text)).toEqual(reference);
  });

  it.each([
    ['a year of 3 digits', { year: 999, regionCode: 'KUK', sequence: 1 }],
    ['a year of 5 digits', { year: 10_000, regionCode: 'KUK', sequence: 1 }],
    ['a fractional year', { year: 2025.5, regionCode: 'KUK', sequence: 1 }],
    ['an unknown region', { year: 2025, regionCode: 'XXX' as RegionCode, sequence: 1 }],
    ['a lower-case region', { year: 2025, regionCode: 'kuk' as RegionCode, sequence: 1 }],
    ['sequence 0', { year: 2025, regionCode: 'KUK', sequence: 0 }],
    ['a negative sequence', { year: 2025, regionCode: 'KUK', sequence: -7 }],
    ['a fractional sequence', { year: 2025, regionCode: 'KUK', sequence: 1.5 }],
    ['an unsafe sequence', { year: 2025, regionCode: 'KUK', sequence: 2 ** 53 }],
  ] as const)('refuses to write %s', (_why, reference) =>
    expect(() => formatApplicationReference(reference)).toThrow(ApplicationReferenceError),
  );

  it('reads what a person types or pastes: any case, spaces around', () => {
    expect(parseApplicationReference('  sk-2025-kuk-0007\n')).toEqual({ year: 2025, regionCode: 'KUK', sequence: 7 });
    expect(isApplicationReference('Sk-2025-Tir-0042')).toBe(true);
  });

  it.each([
    ['nothing', ''],
    ['another prefix', 'SX-2025-KUK-0007'],
    ['an unknown region', 'SK-2025-XYZ-0007'],
    ['too little padding', 'SK-2025-KUK-007'],
    ['padding past 4 digits', 'SK-2025-KUK-00007'],
    ['sequence 0', 'SK-2025-KUK-0000'],
    ['a short year', 'SK-25-KUK-0007'],
    ['year 0999', 'SK-0999-KUK-0007'],
    ['other separators', 'SK 2025 KUK 0007'],
    ['spaces inside', 'SK-2025-KUK- 0007'],
    ['trailing text', 'SK-2025-KUK-0007-A'],
    ['a sign', 'SK-2025-KUK-+007'],
    ['an unsafe sequence', 'SK-2025-KUK-99999999999999999999'],
  ])('does not read %s', (_why, text) => {
    expect(parseApplicationReference(text)).toBeNull();
    expect(isApplicationReference(text)).toBe(false);
  });

  it('reads back whatever it writes, and writes it the one way', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.constantFrom(...REGION_CODES),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (year, regionCode, sequence) => {
          const text = formatApplicationReference({ year, regionCode, sequence });
          expect(parseApplicationReference(text)).toEqual({ year, regionCode, sequence });
          expect(text).toMatch(/^SK-\d{4}-[A-Z]{3}-\d{4,}$/);
        },
      ),
    ));

  it('sorts in sequence order up to 9999 as text, as a list of references is read', () => {
    const texts = [12, 3, 1_000, 450].map((sequence) =>
      formatApplicationReference({ year: 2025, regionCode: 'KUK', sequence }),
    );
    expect([...texts].sort()).toEqual(['SK-2025-KUK-0003', 'SK-2025-KUK-0012', 'SK-2025-KUK-0450', 'SK-2025-KUK-1000']);
  });
});
