import type { LocalizedText } from './locale';

/** The four regions of the grant scheme (DESIGN §1); each call has one lot per region. */
export const REGION_CODES = ['TIR', 'KUK', 'DIB', 'SAR'] as const;
export type RegionCode = (typeof REGION_CODES)[number];

export const REGION_NAMES: Readonly<Record<RegionCode, LocalizedText>> = {
  TIR: { sq: 'Tiranë', en: 'Tirana' },
  KUK: { sq: 'Kukës', en: 'Kukës' },
  DIB: { sq: 'Dibër', en: 'Dibër' },
  SAR: { sq: 'Sarandë', en: 'Saranda' },
};

export function isRegionCode(value: unknown): value is RegionCode {
  return typeof value === 'string' && (REGION_CODES as readonly string[]).includes(value);
}

export interface RegionDto {
  code: RegionCode;
  name: LocalizedText;
}
