import type { ParamMap, Params } from '@angular/router';

/** A grant's parts: what is paid and when, the budget's execution, the grantee's reports. */
export const GRANT_TABS = ['schedule', 'budget', 'reports'] as const;
export type GrantTab = (typeof GRANT_TABS)[number];
export const DEFAULT_GRANT_TAB: GrantTab = 'schedule';

/** The open tab lives in the address (`?tab=reports`); anything unknown falls back to the first. */
export function grantTabFromParams(params: ParamMap): GrantTab {
  const tab = params.get('tab');
  return (GRANT_TABS as readonly string[]).includes(tab ?? '') ? (tab as GrantTab) : DEFAULT_GRANT_TAB;
}

export function grantTabQueryParams(tab: GrantTab): Params {
  return { tab: tab === DEFAULT_GRANT_TAB ? null : tab };
}
