import type { Locale, Role } from '@skema/contracts';

/** The signed-in person as every guard, policy and service sees them (set by the JWT strategy). */
export interface AuthenticatedUser {
  id: string;
  email: string;
  roles: Role[];
  organisationId: string | null;
  /** The signed-in device (session family) this request belongs to. */
  sessionId: string;
  locale: Locale;
  /** Whether a second factor is on; staff who must use one may do nothing else until it is. */
  twoFactorEnabled: boolean;
}
