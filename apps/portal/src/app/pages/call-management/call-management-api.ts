import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AmendCallRequest,
  CallAmendmentDto,
  CallDto,
  CallSort,
  CallStatus,
  CreateCallRequest,
  Page,
  UpdateCallRequest,
} from '@skema/contracts';
import { Observable } from 'rxjs';
import { API_PREFIX } from '../../core/http/api-url';
import { handlesOwnErrors } from '../../core/http/http-error.interceptor';

export interface CallListQuery {
  readonly page: number;
  readonly pageSize: number;
  readonly sort: CallSort;
  readonly status: CallStatus | null;
  readonly q: string;
}

/** The programme manager's calls (`/api/calls`): drafts, publication, amendments and closure. */
@Injectable({ providedIn: 'root' })
export class CallManagementApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_PREFIX}/calls`;

  list(query: CallListQuery): Observable<Page<CallDto>> {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize).set('sort', query.sort);
    if (query.status) params = params.set('status', query.status);
    if (query.q.trim()) params = params.set('q', query.q.trim());
    return this.http.get<Page<CallDto>>(this.base, { params, context: handlesOwnErrors() });
  }

  get(id: string): Observable<CallDto> {
    return this.http.get<CallDto>(this.url(id), { context: handlesOwnErrors() });
  }

  create(call: CreateCallRequest): Observable<CallDto> {
    return this.http.post<CallDto>(this.base, call, { context: handlesOwnErrors() });
  }

  update(id: string, changes: UpdateCallRequest): Observable<CallDto> {
    return this.http.patch<CallDto>(this.url(id), changes, { context: handlesOwnErrors() });
  }

  publish(id: string): Observable<CallDto> {
    return this.http.post<CallDto>(`${this.url(id)}/publication`, null, { context: handlesOwnErrors() });
  }

  close(id: string): Observable<CallDto> {
    return this.http.post<CallDto>(`${this.url(id)}/closure`, null, { context: handlesOwnErrors() });
  }

  amendments(id: string): Observable<CallAmendmentDto[]> {
    return this.http.get<CallAmendmentDto[]>(`${this.url(id)}/amendments`, { context: handlesOwnErrors() });
  }

  amend(id: string, amendment: AmendCallRequest): Observable<CallDto> {
    return this.http.post<CallDto>(`${this.url(id)}/amendments`, amendment, { context: handlesOwnErrors() });
  }

  private url(id: string): string {
    return `${this.base}/${encodeURIComponent(id)}`;
  }
}
