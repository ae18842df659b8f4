import { CurrentUserDto, Permission } from '@skema/contracts';

/** A link in the main navigation; `labelKey` is a translation key, `icon` a Material Icons ligature. */
export interface NavItem {
  readonly path: string;
  readonly labelKey: string;
  readonly icon: string;
  /** Only Home needs exact matching: every other path is a prefix of its own sub-pages. */
  readonly exact: boolean;
  /** Shown only to people who hold it: the portal hides what the API would refuse (STYLE §2). */
  readonly permission?: Permission;
  /** Shown only to people who belong to an organisation (applicants). */
  readonly needsOrganisation?: boolean;
  /**
   * Shown only to scheme staff (no applicant role): for pages both hold a permission to, where the
   * applicant's own view sits under "Your work" with its own label.
   */
  readonly staffOnly?: boolean;
}

export interface NavSection {
  readonly id: string;
  readonly headingKey: string;
  readonly items: readonly NavItem[];
}

/** The public part of the portal map (DESIGN §7, "anyone"). */
export const PUBLIC_NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.home', icon: 'home', exact: true },
  { path: '/calls', labelKey: 'nav.openCalls', icon: 'campaign', exact: false },
  { path: '/grants', labelKey: 'nav.awardedGrants', icon: 'volunteer_activism', exact: false },
  { path: '/status', labelKey: 'nav.status', icon: 'monitor_heart', exact: false },
];

/** For visitors: the ways in. */
export const GUEST_NAV_ITEMS: readonly NavItem[] = [
  { path: '/sign-in', labelKey: 'nav.signIn', icon: 'login', exact: false },
  { path: '/register', labelKey: 'nav.register', icon: 'how_to_reg', exact: false },
];

/** Signed-in areas, by section; each item names what it needs. */
export const SIGNED_IN_NAV_SECTIONS: readonly NavSection[] = [
  {
    id: 'mine',
    headingKey: 'nav.mine',
    items: [
      {
        path: '/organisation',
        labelKey: 'nav.organisation',
        icon: 'corporate_fare',
        exact: false,
        permission: 'organisation.read',
        needsOrganisation: true,
      },
      {
        path: '/applications',
        labelKey: 'nav.applications',
        icon: 'description',
        exact: false,
        permission: 'applications.list',
        needsOrganisation: true,
      },
      // The CSO's own grant contracts: schedule, payments, the reports to write.
      {
        path: '/my-grants',
        labelKey: 'nav.myGrants',
        icon: 'handshake',
        exact: false,
        permission: 'grants.read',
        needsOrganisation: true,
      },
      // An evaluator's assignments: declarations to sign, sheets to score.
      {
        path: '/evaluations',
        labelKey: 'nav.evaluations',
        icon: 'rate_review',
        exact: false,
        permission: 'evaluation.evaluate',
      },
      { path: '/notifications', labelKey: 'nav.notifications', icon: 'notifications', exact: false },
      { path: '/account', labelKey: 'nav.account', icon: 'manage_accounts', exact: false },
    ],
  },
  {
    id: 'programme',
    headingKey: 'nav.programme',
    items: [
      { path: '/manage/calls', labelKey: 'nav.manageCalls', icon: 'edit_calendar', exact: false, permission: 'calls.manage' },
      // Staff's list of submitted applications (the applicant's own list sits under "Your work").
      { path: '/applications', labelKey: 'nav.applications', icon: 'description', exact: false, permission: 'applications.export' },
      // Every grant contract, for programme and finance staff (a CSO's own sit under "Your work").
      {
        path: '/my-grants',
        labelKey: 'nav.staffGrants',
        icon: 'handshake',
        exact: false,
        permission: 'grants.read',
        staffOnly: true,
      },
      // Finance's workspace: tranches due, payments to approve and to pay, the ledger (read by programme staff).
      { path: '/payments', labelKey: 'nav.payments', icon: 'payments', exact: false, permission: 'payments.read' },
    ],
  },
  {
    id: 'admin',
    headingKey: 'nav.administration',
    items: [
      { path: '/admin/users', labelKey: 'nav.users', icon: 'group', exact: false, permission: 'users.read' },
      { path: '/admin/audit', labelKey: 'nav.audit', icon: 'history', exact: false, permission: 'audit.read' },
      { path: '/admin/queues', labelKey: 'nav.queues', icon: 'dns', exact: false, permission: 'queues.manage' },
    ],
  },
];

export function mayUse(item: NavItem, user: CurrentUserDto): boolean {
  if (item.permission && !user.permissions.includes(item.permission)) return false;
  if (item.staffOnly && user.roles.includes('applicant')) return false;
  return !item.needsOrganisation || user.organisation !== null;
}

/** The sections this person may use, without the empty ones. */
export function navSectionsFor(user: CurrentUserDto): NavSection[] {
  return SIGNED_IN_NAV_SECTIONS.map((section) => ({
    ...section,
    items: section.items.filter((item) => mayUse(item, user)),
  })).filter((section) => section.items.length > 0);
}
