import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Locale, Page, Role, UserSummaryDto } from '@skema/contracts';
import { Observable } from 'rxjs';
import { API_PREFIX } from '../../../core/http/api-url';
import { handlesOwnErrors } from '../../../core/http/http-error.interceptor';

/** Sort keys `GET /users` accepts; a leading `-` means descending. */
export type UserSortField = 'email' | 'displayName' | 'createdAt';
export type UserSort = UserSortField | `-${UserSortField}`;

/** Roles an administrator may invite (applicants register with their CSO or are invited by a colleague). */
export { STAFF_ROLES } from '@skema/contracts';

export interface UserQuery {
  readonly page: number;
  readonly pageSize: number;
  readonly q: string;
  readonly role: Role | null;
  readonly sort: UserSort;
}

export interface StaffInvitation {
  email: string;
  displayName: string;
  roles: Role[];
  locale: Locale;
}

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(query: UserQuery): Observable<Page<UserSummaryDto>> {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize).set('sort', query.sort);
    if (query.q.trim()) params = params.set('q', query.q.trim());
    if (query.role) params = params.set('role', query.role);
    return this.http.get<Page<UserSummaryDto>>(`${API_PREFIX}/users`, { params, context: handlesOwnErrors() });
  }

  setRoles(userId: string, roles: Role[]): Observable<UserSummaryDto> {
    return this.http.put<UserSummaryDto>(
      `${API_PREFIX}/users/${encodeURIComponent(userId)}/roles`,
      { roles },
      { context: handlesOwnErrors() },
    );
  }

  invite(invitation: StaffInvitation): Observable<UserSummaryDto> {
    return this.http.post<UserSummaryDto>(`${API_PREFIX}/invitations`, invitation, { context: handlesOwnErrors() });
  }
}
