import type { ParamMap, Params } from '@angular/router';
import { REGION_NAMES, type Locale, isRegionCode } from '@skema/contracts';

/** The workspace's tabs, in the order of the work: check, assign, consolidate, rank and award, report. */
export const EVALUATION_TABS = ['eligibility', 'assignments', 'consolidation', 'ranking', 'report'] as const;
export type EvaluationTab = (typeof EVALUATION_TABS)[number];
export const DEFAULT_EVALUATION_TAB: EvaluationTab = 'eligibility';

/**
 * The open tab lives in the address (`?tab=ranking`), so a reload, a bookmark or Back shows the same
 * tab; anything unknown falls back to the first.
 */
export function tabFromParams(params: ParamMap): EvaluationTab {
  const tab = params.get('tab');
  return (EVALUATION_TABS as readonly string[]).includes(tab ?? '') ? (tab as EvaluationTab) : DEFAULT_EVALUATION_TAB;
}

/**
 * The address of another tab: only `tab` (the first tab none), since each tab's own filters and the
 * application it had open mean nothing to the next one.
 */
export function tabQueryParams(tab: EvaluationTab): Params {
  return tab === DEFAULT_EVALUATION_TAB ? {} : { tab };
}

/** A lot's region in the reader's language (the code itself for a region this portal does not know). */
export function regionName(code: string, language: Locale): string {
  return isRegionCode(code) ? REGION_NAMES[code][language] : code;
}
