import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_PREFIX } from '../http/api-url';
import { handlesOwnErrors } from '../http/http-error.interceptor';

/**
 * What the links in Skema's e-mails do: confirm an address, reset a password, accept an invitation.
 * Each page shows its own outcome, so no snackbar.
 */
@Injectable({ providedIn: 'root' })
export class AccountLinksApi {
  private readonly http = inject(HttpClient);

  confirmEmail(token: string): Observable<void> {
    return this.http.post<void>(`${API_PREFIX}/auth/email-confirmation`, { token }, { context: handlesOwnErrors() });
  }

  /** Answers 202 whether or not the address has an account, so nobody can probe for accounts. */
  requestPasswordReset(email: string): Observable<void> {
    return this.http.post<void>(`${API_PREFIX}/auth/password-reset`, { email }, { context: handlesOwnErrors() });
  }

  resetPassword(token: string, password: string): Observable<void> {
    return this.http.post<void>(
      `${API_PREFIX}/auth/password-reset/confirm`,
      { token, password },
      { context: handlesOwnErrors() },
    );
  }

  acceptInvitation(token: string, password: string): Observable<void> {
    return this.http.post<void>(
      `${API_PREFIX}/invitations/acceptance`,
      { token, password },
      { context: handlesOwnErrors() },
    );
  }
}
