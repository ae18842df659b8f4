import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ApplicationSummaryDto, CallDto, Page, PublicCallListDto } from '@skema/contracts';
import { PAGE_SIZE_MAX } from '@skema/contracts';
import { Observable, catchError, map, switchMap, throwError } from 'rxjs';
import { API_PREFIX } from '../../core/http/api-url';
import { handlesOwnErrors } from '../../core/http/http-error.interceptor';
import { ApplicationFilters, ApplicationSort, ApplicationsQuery, filterParams } from './applications-query';

export type { ApplicationSummaryDto };

/** A file the API sent for download, with the name it suggested. */
export interface DownloadedFile {
  readonly blob: Blob;
  readonly fileName: string;
}

/** A call staff may pick to narrow the list. */
export interface CallOption {
  readonly id: string;
  readonly reference: string;
  readonly title: CallDto['title'];
}

const EXPORT_FALLBACK_NAME = 'applications.csv';

/**
 * The name in a `Content-Disposition` header: RFC 6266's `filename*=UTF-8''…` when present (it can
 * carry any character), else the plain `filename=`; the fallback when there is neither. Any path in
 * it is dropped: the browser decides where the file goes.
 */
export function fileNameFrom(contentDisposition: string | null, fallback: string): string {
  if (!contentDisposition) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(contentDisposition);
  let name: string | undefined;
  if (extended) {
    try {
      name = decodeURIComponent(extended[1].trim());
    } catch {
      name = undefined;
    }
  }
  name ??= /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/.exec(contentDisposition)?.slice(1).find((part) => part !== undefined);
  const base = name?.replace(/\\(.)/g, '$1').split(/[/\\]/).pop()?.trim();
  return base || fallback;
}

/** A Blob's text through FileReader, which every browser (and jsdom, unlike `Blob.text()`) has. */
function readText(blob: Blob): Observable<string> {
  return new Observable<string>((subscriber) => {
    const reader = new FileReader();
    reader.onload = () => {
      subscriber.next(typeof reader.result === 'string' ? reader.result : '');
      subscriber.complete();
    };
    reader.onerror = () => {
      subscriber.next('');
      subscriber.complete();
    };
    reader.readAsText(blob);
    return () => {
      if (reader.readyState === FileReader.LOADING) reader.abort();
    };
  });
}

/**
 * A failed download arrives as a Blob, since that is what was asked for; the API's problem details
 * inside it are read back so the page can show the API's own (translated) reason.
 */
function withProblemBody(error: unknown): Observable<never> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) return throwError(() => error);
  return readText(error.error).pipe(
    switchMap((text) => {
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Not JSON: keep the text, the page reports an unexpected failure.
      }
      const { headers, status, statusText } = error;
      return throwError(() => new HttpErrorResponse({ error: body, headers, status, statusText, url: error.url ?? undefined }));
    }),
  );
}

@Injectable({ providedIn: 'root' })
export class ApplicationsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_PREFIX}/applications`;

  /** An applicant's own applications (drafts included) or, for staff, the submitted ones. */
  list(query: ApplicationsQuery): Observable<Page<ApplicationSummaryDto>> {
    const params = new HttpParams({ fromObject: filterParams(query) })
      .set('page', query.page)
      .set('pageSize', query.pageSize)
      .set('sort', query.sort);
    return this.http.get<Page<ApplicationSummaryDto>>(this.base, { params, context: handlesOwnErrors() });
  }

  /**
   * Every application matching the filters, in the list's order, as CSV. Fetched rather than linked
   * to: the access token is a bearer header, which a plain link would not send.
   */
  exportCsv(filters: ApplicationFilters, sort: ApplicationSort): Observable<DownloadedFile> {
    const params = new HttpParams({ fromObject: filterParams(filters) }).set('sort', sort);
    return this.http
      .get(`${this.base}/export.csv`, { params, observe: 'response', responseType: 'blob', context: handlesOwnErrors() })
      .pipe(
        map((response) => ({
          blob: response.body ?? new Blob([], { type: 'text/csv' }),
          fileName: fileNameFrom(response.headers.get('content-disposition'), EXPORT_FALLBACK_NAME),
        })),
        catchError(withProblemBody),
      );
  }

  /**
   * Calls staff may pick in the filter, newest first. Drafts are left out: nobody can apply to a
   * call before it is published, so they have no applications.
   */
  callOptions(): Observable<CallOption[]> {
    const params = new HttpParams().set('page', 1).set('pageSize', PAGE_SIZE_MAX).set('sort', '-createdAt');
    return this.http.get<Page<CallDto>>(`${API_PREFIX}/calls`, { params, context: handlesOwnErrors() }).pipe(
      map((page) =>
        page.items
          .filter((call) => call.status !== 'draft')
          .map(({ id, reference, title }) => ({ id, reference, title })),
      ),
    );
  }

  /** Deadlines of the calls open now, by call id: what an applicant still has time for. */
  openCallDeadlines(): Observable<ReadonlyMap<string, string>> {
    return this.http
      .get<PublicCallListDto>(`${API_PREFIX}/public/calls`, { context: handlesOwnErrors() })
      .pipe(map((list) => new Map(list.items.map((call) => [call.id, call.deadline]))));
  }
}
