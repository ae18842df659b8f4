import type { CallAmendableField, CallAmendmentDto, EvaluationGridDto, LocalizedText, LotInput, RegionCode } from '@skema/contracts';
import { REGION_CODES } from '@skema/contracts';

/**
 * An amendment's logged changes (`{ field: { before, after } }`, stored as JSON) turned into rows a
 * person can read: dates, texts, the envelopes that moved, the grid's maxima. Anything of a shape
 * this portal does not know is left out rather than shown raw.
 */
export type ChangeRow =
  | { field: 'deadline'; before: string; after: string }
  | { field: 'title' | 'text'; before: LocalizedText; after: LocalizedText }
  | { field: 'lots'; regions: { regionCode: RegionCode; before: number | null; after: number | null }[] }
  | { field: 'grid'; before: GridOutline; after: GridOutline };

export interface GridOutline {
  total: number;
  sections: number[];
}

const ORDER: readonly CallAmendableField[] = ['title', 'text', 'deadline', 'lots', 'grid'];

export function changeRows(changes: CallAmendmentDto['changes']): ChangeRow[] {
  return ORDER.flatMap((field): ChangeRow[] => {
    const change = changes[field];
    if (!change) return [];
    const { before, after } = change;
    switch (field) {
      case 'deadline':
        return typeof before === 'string' && typeof after === 'string' ? [{ field, before, after }] : [];
      case 'title':
      case 'text':
        return isText(before) && isText(after) ? [{ field, before, after }] : [];
      case 'lots':
        return isLots(before) && isLots(after) ? [{ field, regions: lotChanges(before, after) }] : [];
      case 'grid':
        return [{ field, before: outline(before), after: outline(after) }];
    }
  });
}

function isText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && typeof (value as LocalizedText).sq === 'string' && typeof (value as LocalizedText).en === 'string';
}

function isLots(value: unknown): value is LotInput[] {
  return Array.isArray(value) && value.every((lot) => typeof lot?.regionCode === 'string' && typeof lot?.envelopeCents === 'number');
}

/** Only the regions whose envelope moved, in the regions' order. */
function lotChanges(before: LotInput[], after: LotInput[]) {
  const envelope = (lots: LotInput[], code: RegionCode) => lots.find((lot) => lot.regionCode === code)?.envelopeCents ?? null;
  return REGION_CODES.map((regionCode) => ({ regionCode, before: envelope(before, regionCode), after: envelope(after, regionCode) })).filter(
    (row) => row.before !== row.after,
  );
}

function outline(grid: unknown): GridOutline {
  const sections = (grid as EvaluationGridDto | null)?.sections;
  if (!Array.isArray(sections)) return { total: 0, sections: [] };
  const maxima = sections.map((section) => (typeof section?.maxScore === 'number' ? section.maxScore : 0));
  return { total: maxima.reduce((a, b) => a + b, 0), sections: maxima };
}
