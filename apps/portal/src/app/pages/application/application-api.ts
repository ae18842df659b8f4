import { HttpClient, HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ApplicationComparisonDto,
  ApplicationDto,
  ApplicationRevisionDto,
  ApplicationSectionKey,
  CallDto,
  FieldError,
  PublicCallDetailDto,
  SaveSectionRequest,
} from '@skema/contracts';
import { Observable } from 'rxjs';
import { API_PREFIX } from '../../core/http/api-url';
import { handlesOwnErrors } from '../../core/http/http-error.interceptor';
import { UploadHttp } from './attachments/upload-http';

export type { ApplicationDto };

/** What the page needs of the call: its title, limits, required documents, deadline. */
export type ApplicationCall = Pick<
  CallDto,
  | 'id'
  | 'reference'
  | 'title'
  | 'deadline'
  | 'minGrantCents'
  | 'maxGrantCents'
  | 'maxCofinancingShareBp'
  | 'minDurationMonths'
  | 'maxDurationMonths'
  | 'requiredAttachments'
> & {
  /** The server's clock when it answered, when it said (the public call does). */
  serverTime?: string;
};

/**
 * The application endpoints. Every call handles its own errors: the page shows them where they belong
 * (a section's save status, the conflict banner, the submit panel), never as a stray snackbar.
 */
@Injectable({ providedIn: 'root' })
export class ApplicationApi {
  private readonly http = inject(HttpClient);
  private readonly uploads = inject(UploadHttp).client;
  private readonly base = `${API_PREFIX}/applications`;

  private url(id: string, ...parts: string[]): string {
    return [this.base, id, ...parts].map((part, i) => (i === 0 ? part : encodeURIComponent(part))).join('/');
  }

  get(id: string): Observable<ApplicationDto> {
    return this.http.get<ApplicationDto>(this.url(id), { context: handlesOwnErrors() });
  }

  saveSection(id: string, section: ApplicationSectionKey, request: SaveSectionRequest): Observable<ApplicationDto> {
    return this.http.put<ApplicationDto>(this.url(id, 'sections', section), request, { context: handlesOwnErrors() });
  }

  checklist(id: string): Observable<FieldError[]> {
    return this.http.get<FieldError[]>(this.url(id, 'checklist'), { context: handlesOwnErrors() });
  }

  submit(id: string): Observable<ApplicationDto> {
    return this.http.post<ApplicationDto>(this.url(id, 'submission'), null, { context: handlesOwnErrors() });
  }

  withdraw(id: string): Observable<ApplicationDto> {
    return this.http.post<ApplicationDto>(this.url(id, 'withdrawal'), null, { context: handlesOwnErrors() });
  }

  history(id: string): Observable<ApplicationRevisionDto[]> {
    return this.http.get<ApplicationRevisionDto[]>(this.url(id, 'history'), { context: handlesOwnErrors() });
  }

  compare(id: string, section: ApplicationSectionKey, from: number, to: number): Observable<ApplicationComparisonDto> {
    return this.http.get<ApplicationComparisonDto>(this.url(id, 'sections', section, 'comparison'), {
      params: { from, to },
      context: handlesOwnErrors(),
    });
  }

  /** The public view of the call (limits, documents, server time); anyone may read it while published or closed. */
  publicCall(callId: string): Observable<PublicCallDetailDto> {
    return this.http.get<PublicCallDetailDto>(`${API_PREFIX}/public/calls/${encodeURIComponent(callId)}`, {
      context: handlesOwnErrors(),
    });
  }

  /** Staff's view of the call, for calls no longer public (in evaluation and after). */
  managedCall(callId: string): Observable<CallDto> {
    return this.http.get<CallDto>(`${API_PREFIX}/calls/${encodeURIComponent(callId)}`, { context: handlesOwnErrors() });
  }

  /** Multipart upload with progress events (over XHR, see UploadHttp); the last event is the response. */
  uploadAttachment(id: string, requirementKey: string, file: File): Observable<HttpEvent<unknown>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.uploads.post(this.url(id, 'attachments', requirementKey), body, {
      reportProgress: true,
      observe: 'events',
      context: handlesOwnErrors(),
    });
  }

  /** The file itself: fetched with the bearer token, since a plain link would carry none. */
  downloadAttachment(id: string, attachmentId: string): Observable<Blob> {
    return this.http.get(this.url(id, 'attachments', attachmentId, 'content'), {
      responseType: 'blob',
      context: handlesOwnErrors(),
    });
  }

  deleteAttachment(id: string, attachmentId: string): Observable<unknown> {
    return this.http.delete(this.url(id, 'attachments', attachmentId), { context: handlesOwnErrors() });
  }

  /** The submission receipt (PDF); 409 `receipt_pending` until the background job has made it. */
  receipt(id: string): Observable<Blob> {
    return this.http.get(this.url(id, 'receipt'), { responseType: 'blob', context: handlesOwnErrors() });
  }
}
