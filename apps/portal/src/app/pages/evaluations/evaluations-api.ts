import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DeclarationRequest, EvaluationSheetDto, MyEvaluationDto, SaveScoresRequest } from '@skema/contracts';
import { Observable } from 'rxjs';
import { API_PREFIX } from '../../core/http/api-url';
import { handlesOwnErrors } from '../../core/http/http-error.interceptor';

/**
 * The evaluator's endpoints. Every call handles its own errors: the pages show them where they belong
 * (the declaration form, the save status, the criterion a field error names), never as a stray snackbar.
 */
@Injectable({ providedIn: 'root' })
export class EvaluationsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_PREFIX}/evaluations`;

  private url(assignmentId: string, ...parts: string[]): string {
    return [this.base, encodeURIComponent(assignmentId), ...parts].join('/');
  }

  /** The evaluator's own assignments, conflicts included (they stay as the record). */
  mine(): Observable<MyEvaluationDto[]> {
    return this.http.get<MyEvaluationDto[]>(this.base, { context: handlesOwnErrors() });
  }

  /** Signs the declaration of impartiality and confidentiality, or declares a conflict of interest. */
  declare(assignmentId: string, request: DeclarationRequest): Observable<MyEvaluationDto> {
    return this.http.post<MyEvaluationDto>(this.url(assignmentId, 'declaration'), request, {
      context: handlesOwnErrors(),
    });
  }

  /** The grid and the evaluator's scores; 409 `declaration_required` until the declaration is signed. */
  sheet(assignmentId: string): Observable<EvaluationSheetDto> {
    return this.http.get<EvaluationSheetDto>(this.url(assignmentId), { context: handlesOwnErrors() });
  }

  /** A draft save of the whole sheet as it stands. */
  saveScores(assignmentId: string, request: SaveScoresRequest): Observable<EvaluationSheetDto> {
    return this.http.put<EvaluationSheetDto>(this.url(assignmentId, 'scores'), request, {
      context: handlesOwnErrors(),
    });
  }

  /** Saves the sheet sent with it, then submits it; a submitted sheet is locked. */
  submit(assignmentId: string, request: SaveScoresRequest): Observable<EvaluationSheetDto> {
    return this.http.post<EvaluationSheetDto>(this.url(assignmentId, 'submit'), request, {
      context: handlesOwnErrors(),
    });
  }
}
