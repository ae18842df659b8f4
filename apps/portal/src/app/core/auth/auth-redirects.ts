import { CurrentUserDto } from '@skema/contracts';

/** Where the second-factor setup lives; e-mails link here too. */
export const SECURITY_PATH = '/account/security';
export const SIGN_IN_PATH = '/sign-in';

/**
 * A `returnUrl` taken from the address bar is only followed when it stays inside the portal: an
 * absolute or protocol-relative URL would turn the sign-in page into an open redirect.
 */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value.startsWith(SIGN_IN_PATH)) return null;
  return value;
}

/** Where a person lands after signing in when no page asked for them: the first thing they can do. */
export function landingPath(user: CurrentUserDto): string {
  if (user.twoFactorRequired && !user.twoFactorEnabled) return SECURITY_PATH;
  if (user.permissions.includes('users.read')) return '/admin/users';
  if (user.organisation) return '/organisation';
  return '/notifications';
}
