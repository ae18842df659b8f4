import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateGrantRequest,
  GrantDto,
  GrantReportDto,
  GrantSummaryDto,
  Page,
  ReportExpenditureLineDto,
} from '@skema/contracts';
import { Observable } from 'rxjs';
import { API_PREFIX } from '../../core/http/api-url';
import { handlesOwnErrors } from '../../core/http/http-error.interceptor';
import type { GrantListQuery } from './list/grant-list-query';

/** `PUT /grants/:id/reports/:reportId`: the grantee's draft, with the version it started from. */
export interface SaveGrantReportRequest {
  readonly narrative: Readonly<Record<string, string>>;
  readonly expenditure: readonly ReportExpenditureLineDto[];
  readonly version: number;
}

/** `POST …/approve` (comments optional) and `POST …/return` (comments required). */
export interface ReviewGrantReportRequest {
  readonly comments?: string;
}

const id = (value: string) => encodeURIComponent(value);

/**
 * The grant endpoints the grant pages use: the list and one grant (grantees see their own CSO's,
 * programme and finance staff every one), its reports (written by the grantee, reviewed by the
 * programme manager) and the contract made from an award. Every request handles its own errors: the
 * page shows the API's reason where the action was taken.
 */
@Injectable({ providedIn: 'root' })
export class GrantApi {
  private readonly http = inject(HttpClient);
  private readonly options = { context: handlesOwnErrors() };

  list(query: GrantListQuery): Observable<Page<GrantSummaryDto>> {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize).set('sort', query.sort);
    if (query.status) params = params.set('status', query.status);
    if (query.region) params = params.set('region', query.region);
    if (query.q) params = params.set('q', query.q);
    return this.http.get<Page<GrantSummaryDto>>(`${API_PREFIX}/grants`, { ...this.options, params });
  }

  get(grantId: string): Observable<GrantDto> {
    return this.http.get<GrantDto>(`${API_PREFIX}/grants/${id(grantId)}`, this.options);
  }

  /** Turns a selected application into a grant contract (results published, `grants.manage`). */
  create(applicationId: string, request: CreateGrantRequest): Observable<GrantDto> {
    return this.http.post<GrantDto>(`${API_PREFIX}/applications/${id(applicationId)}/grant`, request, this.options);
  }

  reports(grantId: string): Observable<GrantReportDto[]> {
    return this.http.get<GrantReportDto[]>(`${API_PREFIX}/grants/${id(grantId)}/reports`, this.options);
  }

  saveReport(grantId: string, reportId: string, request: SaveGrantReportRequest): Observable<GrantReportDto> {
    return this.http.put<GrantReportDto>(this.reportUrl(grantId, reportId), request, this.options);
  }

  submitReport(grantId: string, reportId: string): Observable<GrantReportDto> {
    return this.http.post<GrantReportDto>(`${this.reportUrl(grantId, reportId)}/submit`, {}, this.options);
  }

  reviewReport(
    grantId: string,
    reportId: string,
    decision: 'approve' | 'return',
    request: ReviewGrantReportRequest,
  ): Observable<GrantReportDto> {
    return this.http.post<GrantReportDto>(`${this.reportUrl(grantId, reportId)}/${decision}`, request, this.options);
  }

  private reportUrl(grantId: string, reportId: string): string {
    return `${API_PREFIX}/grants/${id(grantId)}/reports/${id(reportId)}`;
  }
}
