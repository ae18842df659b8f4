import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CurrentUserDto, Locale, SessionDto, SignInRequest } from '@skema/contracts';
import { Observable } from 'rxjs';
import { API_PREFIX } from '../http/api-url';
import { authEndpoint } from './auth-context';

/** The session endpoints. The refresh token never passes through here: it lives in an HttpOnly cookie. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  signIn(request: SignInRequest): Observable<SessionDto> {
    return this.http.post<SessionDto>(`${API_PREFIX}/auth/sign-in`, request, { context: authEndpoint() });
  }

  refresh(): Observable<SessionDto> {
    return this.http.post<SessionDto>(`${API_PREFIX}/auth/refresh`, null, { context: authEndpoint() });
  }

  signOut(): Observable<void> {
    return this.http.post<void>(`${API_PREFIX}/auth/sign-out`, null, { context: authEndpoint() });
  }

  me(): Observable<CurrentUserDto> {
    return this.http.get<CurrentUserDto>(`${API_PREFIX}/auth/me`);
  }

  /** The language of the person's e-mails and documents. */
  setLocale(locale: Locale): Observable<void> {
    return this.http.put<void>(`${API_PREFIX}/auth/me/locale`, { locale });
  }
}
