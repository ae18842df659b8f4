import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { NotificationDto, NotificationKind, NotificationPreferenceDto, Page } from '@skema/contracts';
import { Observable } from 'rxjs';
import { API_PREFIX } from '../../core/http/api-url';
import { handlesOwnErrors } from '../../core/http/http-error.interceptor';

export interface NotificationQuery {
  readonly page: number;
  readonly pageSize: number;
  readonly unreadOnly: boolean;
}

/** The person's own notifications, texts already in the language of the request. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_PREFIX}/notifications`;

  list(query: NotificationQuery): Observable<Page<NotificationDto>> {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize);
    if (query.unreadOnly) params = params.set('unread', 'true');
    return this.http.get<Page<NotificationDto>>(this.base, { params, context: handlesOwnErrors() });
  }

  markRead(id: string): Observable<void> {
    return this.http.post<void>(`${this.base}/${encodeURIComponent(id)}/read`, null);
  }

  markAllRead(): Observable<void> {
    return this.http.post<void>(`${this.base}/read-all`, null);
  }

  preferences(): Observable<NotificationPreferenceDto[]> {
    return this.http.get<NotificationPreferenceDto[]>(`${this.base}/preferences`, { context: handlesOwnErrors() });
  }

  updatePreferences(preferences: { kind: NotificationKind; email: boolean }[]): Observable<NotificationPreferenceDto[]> {
    return this.http.put<NotificationPreferenceDto[]>(`${this.base}/preferences`, { preferences });
  }
}
