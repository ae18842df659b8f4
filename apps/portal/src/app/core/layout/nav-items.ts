/** A link in the main navigation; `labelKey` is a translation key, `icon` a Material Icons ligature. */
export interface NavItem {
  readonly path: string;
  readonly labelKey: string;
  readonly icon: string;
  /** Only Home needs exact matching: every other path is a prefix of its own sub-pages. */
  readonly exact: boolean;
}

/** The public part of the portal map (DESIGN §7, "anyone"). Signed-in areas join with sign-in. */
export const PUBLIC_NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.home', icon: 'home', exact: true },
  { path: '/calls', labelKey: 'nav.openCalls', icon: 'campaign', exact: false },
  { path: '/grants', labelKey: 'nav.awardedGrants', icon: 'volunteer_activism', exact: false },
  { path: '/status', labelKey: 'nav.status', icon: 'monitor_heart', exact: false },
];
