import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'skema:public';

/**
 * Marks a handler anyone may call without signing in. Everything else is denied by default by
 * `AccessGuard`; the route-table test fails for a handler that declares neither this nor roles.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);
