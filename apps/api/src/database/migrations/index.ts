import { Initial1795572176413 } from './1795572176413-Initial';

/** Every migration in order; listed explicitly so the bundled API and CLI need no file globbing. */
export const MIGRATIONS = [Initial1795572176413];
