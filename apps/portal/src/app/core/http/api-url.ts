/**
 * The API is always on the portal's own origin: the dev server proxies `/api` (proxy.conf.json) and in
 * production the API serves the built portal. Relative URLs keep both working without configuration.
 */
export const API_PREFIX = '/api';

export function isApiUrl(url: string): boolean {
  return url === API_PREFIX || url.startsWith(`${API_PREFIX}/`) || url.startsWith(`${API_PREFIX}?`);
}
