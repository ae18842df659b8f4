import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ApplicationResultDto } from '@skema/contracts';
import { Observable } from 'rxjs';
import { API_PREFIX } from '../../../core/http/api-url';
import { handlesOwnErrors } from '../../../core/http/http-error.interceptor';

/** `GET /api/applications/:id/result`: 404 `result_not_published` until the call's results are out. */
@Injectable({ providedIn: 'root' })
export class ResultApi {
  private readonly http = inject(HttpClient);

  result(applicationId: string): Observable<ApplicationResultDto> {
    return this.http.get<ApplicationResultDto>(
      `${API_PREFIX}/applications/${encodeURIComponent(applicationId)}/result`,
      { context: handlesOwnErrors() },
    );
  }
}
