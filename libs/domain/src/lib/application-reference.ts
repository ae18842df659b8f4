/**
 * The reference an application gets on submission (DESIGN §3), e.g. `SK-2025-KUK-0007`: scheme, year,
 * region of the lot, and a sequence per year and region. The database hands out the gap-free
 * sequence; this is only how it is written and read back.
 */
import { type RegionCode, isRegionCode } from '@skema/contracts';

export interface ApplicationReference {
  year: number;
  regionCode: RegionCode;
  /** 1, 2, 3… per year and region. */
  sequence: number;
}

export class ApplicationReferenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApplicationReferenceError';
  }
}

const PREFIX = 'SK';
// At least 4 digits; more only past 9999, and then without a leading zero, so each reference has
// exactly one spelling (SK-2025-KUK-07 or SK-2025-KUK-00007 are not references).
const REFERENCE_PATTERN = /^SK-(\d{4})-([A-Z]{3})-(\d{4}|[1-9]\d{4,})$/;

export function formatApplicationReference({ year, regionCode, sequence }: ApplicationReference): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new ApplicationReferenceError(`year must have 4 digits, got ${year}`);
  if (!isRegionCode(regionCode)) throw new ApplicationReferenceError(`unknown region ${String(regionCode)}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1)
    throw new ApplicationReferenceError(`sequence must be a whole number ≥ 1, got ${sequence}`);
  return `${PREFIX}-${year}-${regionCode}-${String(sequence).padStart(4, '0')}`;
}

/**
 * Reads a reference as a person types or pastes it (any case, spaces around it); null when it is not
 * one, e.g. a search box falls back to searching titles.
 */
export function parseApplicationReference(text: string): ApplicationReference | null {
  return parseYearRegionSequence(REFERENCE_PATTERN, text);
}

/**
 * Reads `<prefix>-<year>-<region>-<sequence>` identifiers (application references, contract numbers):
 * `pattern` captures the year, the region and the sequence; any case and spaces around are accepted.
 */
export function parseYearRegionSequence(pattern: RegExp, text: string): ApplicationReference | null {
  const match = pattern.exec(text.trim().toUpperCase());
  if (!match) return null;
  const [, yearText, regionText, sequenceText] = match;
  const year = Number(yearText);
  const sequence = Number(sequenceText);
  if (year < 1000 || !isRegionCode(regionText) || sequence < 1 || !Number.isSafeInteger(sequence)) return null;
  return { year, regionCode: regionText, sequence };
}

export function isApplicationReference(text: string): boolean {
  return parseApplicationReference(text) !== null;
}
