import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { AuditAction, AuditEntryDto, AuditSort, Page } from '@skema/contracts';
import { Observable } from 'rxjs';
import { API_PREFIX } from '../../../core/http/api-url';
import { handlesOwnErrors } from '../../../core/http/http-error.interceptor';

export interface AuditQuery {
  readonly page: number;
  readonly pageSize: number;
  readonly entity: string;
  readonly entityId: string;
  readonly action: AuditAction | null;
  /** ISO instants: from inclusive, to exclusive, as the API reads them. */
  readonly from: string | null;
  readonly to: string | null;
  readonly sort: AuditSort;
}

/**
 * Tables the audit trail records, offered as suggestions in the filter. The API has no list of them,
 * so this is the portal's knowledge; any other table name can still be typed.
 */
export const AUDITED_ENTITIES = [
  'organisations',
  'users',
  'user_roles',
  'user_tokens',
  'sessions',
  'refresh_tokens',
  'recovery_codes',
  'notifications',
  'notification_preferences',
  'outbox_messages',
  'regions',
] as const;

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: AuditQuery): Observable<Page<AuditEntryDto>> {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize).set('sort', query.sort);
    if (query.entity.trim()) params = params.set('entity', query.entity.trim());
    if (query.entityId.trim()) params = params.set('entityId', query.entityId.trim());
    if (query.action) params = params.set('action', query.action);
    if (query.from) params = params.set('from', query.from);
    if (query.to) params = params.set('to', query.to);
    return this.http.get<Page<AuditEntryDto>>(`${API_PREFIX}/audit`, { params, context: handlesOwnErrors() });
  }
}
