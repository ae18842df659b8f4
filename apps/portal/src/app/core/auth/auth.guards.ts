import { inject } from '@angular/core';
import { CanMatchFn, Router, UrlSegment, UrlTree } from '@angular/router';
import { Permission } from '@skema/contracts';
import { AuthService } from './auth.service';
import { SECURITY_PATH, SIGN_IN_PATH, landingPath } from './auth-redirects';

interface SignInRequirement {
  /** The account pages stay open to staff who still have to set up their second factor. */
  readonly allowPendingSecondFactor?: boolean;
  readonly permission?: Permission;
}

/**
 * `canMatch` (not `canActivate`): a page the person may not use is not even downloaded. A visitor is
 * sent to sign in and brought back afterwards; a signed-in person without the permission sees that
 * they are not allowed, rather than a page that fails on every request.
 */
function requireSignIn(requirement: SignInRequirement = {}): CanMatchFn {
  return async (_route, segments): Promise<boolean | UrlTree> => {
    const auth = inject(AuthService);
    const router = inject(Router);
    await auth.whenReady();
    if (!auth.isSignedIn()) {
      return router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl: attemptedUrl(router, segments) } });
    }
    if (!requirement.allowPendingSecondFactor && auth.needsSecondFactorSetup()) {
      return router.parseUrl(SECURITY_PATH);
    }
    if (requirement.permission && !auth.can(requirement.permission)) return router.parseUrl('/forbidden');
    return true;
  };
}

export const signedInGuard: CanMatchFn = requireSignIn();

/** For /account: always reachable once signed in, so staff can turn on their second factor. */
export const accountGuard: CanMatchFn = requireSignIn({ allowPendingSecondFactor: true });

export function permissionGuard(permission: Permission): CanMatchFn {
  return requireSignIn({ permission });
}

/** Sign-in and registration make no sense once signed in: go where the person would land. */
export const guestGuard: CanMatchFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.whenReady();
  const user = auth.user();
  return user ? router.parseUrl(landingPath(user)) : true;
};

/** The whole address being navigated to (with its query), so sign-in can bring the person back. */
function attemptedUrl(router: Router, segments: readonly UrlSegment[]): string {
  const navigation = router.currentNavigation();
  const target = navigation?.extractedUrl ?? navigation?.finalUrl;
  return target ? router.serializeUrl(target) : `/${segments.map((segment) => segment.path).join('/')}`;
}
