/**
 * The number of a grant contract (DESIGN §3), e.g. `SK-G-2026-KUK-001`: scheme, G for grant, year of
 * contracting, region of the lot, and a sequence per year and region. Like the application reference
 * (`SK-2026-KUK-0007`) it is handed out gap-free by the database (`contract_counters`); this is only
 * how it is written and read back. The `G` keeps the two apart at a glance and for a parser.
 */
import { type RegionCode, isRegionCode } from '@skema/contracts';
import { parseYearRegionSequence } from '../application-reference';

export interface ContractNumber {
  year: number;
  regionCode: RegionCode;
  /** 1, 2, 3… per year and region. */
  sequence: number;
}

export class ContractNumberError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContractNumberError';
  }
}

// At least 3 digits (a region contracts tens of grants a year, not thousands); more only past 999, and
// then without a leading zero, so each number has exactly one spelling.
const CONTRACT_NUMBER_PATTERN = /^SK-G-(\d{4})-([A-Z]{3})-(\d{3}|[1-9]\d{3,})$/;

export function formatContractNumber({ year, regionCode, sequence }: ContractNumber): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new ContractNumberError(`year must have 4 digits, got ${year}`);
  }
  if (!isRegionCode(regionCode)) throw new ContractNumberError(`unknown region ${String(regionCode)}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new ContractNumberError(`sequence must be a whole number ≥ 1, got ${sequence}`);
  }
  return `SK-G-${year}-${regionCode}-${String(sequence).padStart(3, '0')}`;
}

/**
 * Reads a contract number as a person types or pastes it (any case, spaces around it); null when it is
 * not one (an application reference is not), so a search box can fall back to other fields.
 */
export function parseContractNumber(text: string): ContractNumber | null {
  return parseYearRegionSequence(CONTRACT_NUMBER_PATTERN, text);
}

export function isContractNumber(text: string): boolean {
  return parseContractNumber(text) !== null;
}
