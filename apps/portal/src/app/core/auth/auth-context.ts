import { HttpContext, HttpContextToken } from '@angular/common/http';
import { HANDLES_OWN_ERRORS } from '../http/http-error.interceptor';

/**
 * Requests that must not carry the access token nor trigger a refresh: the auth endpoints that work
 * from the HttpOnly cookie (refresh, sign-out) or from credentials (sign-in).
 */
export const SKIPS_AUTH = new HttpContextToken<boolean>(() => false);

/**
 * Requests the portal makes on its own (polling the bell), not because the person did something.
 * A 401 on them must not refresh the session: that would keep an idle session alive for ever and
 * defeat the server's 30-minute idle limit.
 */
export const IS_BACKGROUND = new HttpContextToken<boolean>(() => false);

/** For the auth endpoints: no bearer token, and the caller shows its own errors. */
export function authEndpoint(): HttpContext {
  return new HttpContext().set(SKIPS_AUTH, true).set(HANDLES_OWN_ERRORS, true);
}

/** For requests nobody is waiting for: no refresh on 401 and no snackbar on failure. */
export function backgroundRequest(): HttpContext {
  return new HttpContext().set(IS_BACKGROUND, true).set(HANDLES_OWN_ERRORS, true);
}
