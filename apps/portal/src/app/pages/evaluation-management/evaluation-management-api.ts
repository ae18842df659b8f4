import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ApplicationEvaluationsDto,
  ApplicationStatus,
  ApplicationSummaryDto,
  AssignmentPlanDto,
  AssignmentSort,
  CallRankingDto,
  ConfirmLotRankingRequest,
  ConsolidationRowDto,
  ConsolidationSort,
  ConsolidationStatusDto,
  Declaration,
  EligibilityCheckDto,
  EvaluationAssignmentDto,
  EvaluationProgressDto,
  EvaluationReportRequest,
  EvaluatorOptionDto,
  ExportJobDto,
  LotRankingDto,
  Page,
  SaveEligibilityRequest,
  SaveModerationRequest,
} from '@skema/contracts';
import { PAGE_SIZE_MAX } from '@skema/contracts';
import { Observable, map } from 'rxjs';
import { API_PREFIX } from '../../core/http/api-url';
import { handlesOwnErrors } from '../../core/http/http-error.interceptor';
import { type DownloadedFile, fileNameFrom } from '../applications/applications-api';

/** A page of the call's applications for the eligibility check (`GET /applications`, staff's view). */
export interface CallApplicationsQuery {
  readonly status: ApplicationStatus | null;
  readonly page: number;
  readonly pageSize: number;
}

/** `GET /calls/:id/consolidations`: filters, order and page. */
export interface ConsolidationQuery {
  readonly lotId: string | null;
  readonly consolidation: ConsolidationStatusDto | null;
  readonly q: string;
  readonly sort: ConsolidationSort;
  readonly page: number;
  readonly pageSize: number;
}

/** `GET /calls/:id/assignments`: filters, order and page. */
export interface AssignmentQuery {
  /** Part of the application's reference or of the evaluator's name. */
  readonly q: string;
  readonly declaration: Declaration | null;
  readonly evaluatorId: string | null;
  readonly sort: AssignmentSort;
  readonly page: number;
  readonly pageSize: number;
}

/**
 * The programme manager's evaluation endpoints for one call: eligibility, assignments, progress,
 * consolidation and moderation, ranking and awards, publication and the evaluation report. Every
 * request handles its own errors: the workspace shows the API's reason where the action was taken.
 */
@Injectable({ providedIn: 'root' })
export class EvaluationManagementApi {
  private readonly http = inject(HttpClient);
  private readonly options = { context: handlesOwnErrors() };

  applications(callId: string, query: CallApplicationsQuery): Observable<Page<ApplicationSummaryDto>> {
    let params = new HttpParams()
      .set('callId', callId)
      .set('page', query.page)
      .set('pageSize', query.pageSize)
      .set('sort', 'reference');
    if (query.status) params = params.set('status', query.status);
    return this.http.get<Page<ApplicationSummaryDto>>(`${API_PREFIX}/applications`, { ...this.options, params });
  }

  eligibility(applicationId: string): Observable<EligibilityCheckDto> {
    return this.http.get<EligibilityCheckDto>(this.application(applicationId, 'eligibility'), this.options);
  }

  saveEligibility(applicationId: string, request: SaveEligibilityRequest): Observable<EligibilityCheckDto> {
    return this.http.put<EligibilityCheckDto>(this.application(applicationId, 'eligibility'), request, this.options);
  }

  evaluators(): Observable<EvaluatorOptionDto[]> {
    return this.http.get<EvaluatorOptionDto[]>(`${API_PREFIX}/evaluators`, this.options);
  }

  assignments(callId: string, query: AssignmentQuery): Observable<Page<EvaluationAssignmentDto>> {
    let params = new HttpParams().set('sort', query.sort).set('page', query.page).set('pageSize', query.pageSize);
    if (query.declaration) params = params.set('declaration', query.declaration);
    if (query.evaluatorId) params = params.set('evaluatorId', query.evaluatorId);
    if (query.q.trim()) params = params.set('q', query.q.trim());
    const url = this.call(callId, 'assignments');
    return this.http.get<Page<EvaluationAssignmentDto>>(url, { ...this.options, params });
  }

  /** Everyone on one application, a declared conflict included: a handful, so one page holds them. */
  assignmentsOf(callId: string, applicationId: string): Observable<EvaluationAssignmentDto[]> {
    const params = new HttpParams().set('applicationId', applicationId).set('pageSize', PAGE_SIZE_MAX);
    return this.http
      .get<Page<EvaluationAssignmentDto>>(this.call(callId, 'assignments'), { ...this.options, params })
      .pipe(map((page) => page.items));
  }

  autoAssign(callId: string): Observable<AssignmentPlanDto> {
    return this.http.post<AssignmentPlanDto>(this.call(callId, 'assignments', 'auto'), null, this.options);
  }

  /** Adds one evaluator by hand, e.g. the third one a divergence asks for. */
  addAssignment(applicationId: string, evaluatorId: string): Observable<EvaluationAssignmentDto> {
    const url = this.application(applicationId, 'assignments');
    return this.http.post<EvaluationAssignmentDto>(url, { evaluatorId }, this.options);
  }

  removeAssignment(applicationId: string, assignmentId: string): Observable<unknown> {
    return this.http.delete(this.application(applicationId, 'assignments', assignmentId), this.options);
  }

  progress(callId: string): Observable<EvaluationProgressDto> {
    return this.http.get<EvaluationProgressDto>(this.call(callId, 'evaluation-progress'), this.options);
  }

  consolidations(callId: string, query: ConsolidationQuery): Observable<Page<ConsolidationRowDto>> {
    let params = new HttpParams().set('sort', query.sort).set('page', query.page).set('pageSize', query.pageSize);
    if (query.lotId) params = params.set('lotId', query.lotId);
    if (query.consolidation) params = params.set('consolidation', query.consolidation);
    if (query.q.trim()) params = params.set('q', query.q.trim());
    return this.http.get<Page<ConsolidationRowDto>>(this.call(callId, 'consolidations'), { ...this.options, params });
  }

  applicationEvaluations(applicationId: string): Observable<ApplicationEvaluationsDto> {
    return this.http.get<ApplicationEvaluationsDto>(this.application(applicationId, 'evaluations'), this.options);
  }

  saveModeration(applicationId: string, request: SaveModerationRequest): Observable<ApplicationEvaluationsDto> {
    const url = this.application(applicationId, 'moderation');
    return this.http.put<ApplicationEvaluationsDto>(url, request, this.options);
  }

  ranking(callId: string): Observable<CallRankingDto> {
    return this.http.get<CallRankingDto>(this.call(callId, 'ranking'), this.options);
  }

  confirmLot(callId: string, lotId: string, request: ConfirmLotRankingRequest): Observable<LotRankingDto> {
    const url = this.call(callId, 'lots', lotId, 'ranking', 'confirm');
    return this.http.post<LotRankingDto>(url, request, this.options);
  }

  publishResults(callId: string): Observable<CallRankingDto> {
    return this.http.post<CallRankingDto>(this.call(callId, 'results', 'publish'), null, this.options);
  }

  startReport(callId: string, request: EvaluationReportRequest): Observable<ExportJobDto> {
    return this.http.post<ExportJobDto>(this.call(callId, 'evaluation-report'), request, this.options);
  }

  exportJob(id: string): Observable<ExportJobDto> {
    return this.http.get<ExportJobDto>(this.path('exports', id), this.options);
  }

  /**
   * The finished export, fetched with the bearer token (a plain link would carry none), named as the
   * API suggests. A failure arrives as a Blob: read it with `blobFailure` for the API's reason.
   */
  exportFile(job: Pick<ExportJobDto, 'id' | 'fileName' | 'format'>): Observable<DownloadedFile> {
    const fallback = job.fileName ?? `evaluation-report.${job.format}`;
    return this.http
      .get(this.path('exports', job.id, 'file'), { ...this.options, observe: 'response', responseType: 'blob' })
      .pipe(
        map((response) => ({
          blob: response.body ?? new Blob([]),
          fileName: fileNameFrom(response.headers.get('content-disposition'), fallback),
        })),
      );
  }

  private call(callId: string, ...parts: string[]): string {
    return this.path('calls', callId, ...parts);
  }

  private application(applicationId: string, ...parts: string[]): string {
    return this.path('applications', applicationId, ...parts);
  }

  private path(...parts: string[]): string {
    return [API_PREFIX, ...parts.map(encodeURIComponent)].join('/');
  }
}
