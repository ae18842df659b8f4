import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ApplicationDto,
  PublicCallDetailDto,
  PublicCallListDto,
  StartApplicationRequest,
} from '@skema/contracts';
import { Observable, map } from 'rxjs';
import { API_PREFIX } from '../../core/http/api-url';
import { handlesOwnErrors } from '../../core/http/http-error.interceptor';
import { clockOffset } from './countdown';

/** An answer with how far the server's clock was from this device's when it arrived. */
export interface Timed<T> {
  readonly value: T;
  readonly clockOffsetMs: number;
}

function timed<T extends { serverTime: string }>(source: Observable<T>): Observable<Timed<T>> {
  return source.pipe(map((value) => ({ value, clockOffsetMs: clockOffset(value.serverTime, Date.now()) })));
}

/** The public calls (no sign-in needed) and starting an application for one of their lots. */
@Injectable({ providedIn: 'root' })
export class CallsApi {
  private readonly http = inject(HttpClient);

  listOpen(): Observable<Timed<PublicCallListDto>> {
    return timed(this.http.get<PublicCallListDto>(`${API_PREFIX}/public/calls`, { context: handlesOwnErrors() }));
  }

  get(id: string): Observable<Timed<PublicCallDetailDto>> {
    return timed(
      this.http.get<PublicCallDetailDto>(`${API_PREFIX}/public/calls/${encodeURIComponent(id)}`, {
        context: handlesOwnErrors(),
      }),
    );
  }

  /** 409 `application_exists` when the CSO already has one for this lot; the page explains. */
  startApplication(request: StartApplicationRequest): Observable<ApplicationDto> {
    return this.http.post<ApplicationDto>(`${API_PREFIX}/applications`, request, { context: handlesOwnErrors() });
  }
}
