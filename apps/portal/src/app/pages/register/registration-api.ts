import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { RegisterOrganisationRequest } from '@skema/contracts';
import { Observable } from 'rxjs';
import { API_PREFIX } from '../../core/http/api-url';
import { handlesOwnErrors } from '../../core/http/http-error.interceptor';

export interface Registered {
  readonly organisationId: string;
  readonly userId: string;
}

@Injectable({ providedIn: 'root' })
export class RegistrationApi {
  private readonly http = inject(HttpClient);

  /** The form shows every failure itself, field by field. */
  register(request: RegisterOrganisationRequest): Observable<Registered> {
    return this.http.post<Registered>(`${API_PREFIX}/registrations`, request, { context: handlesOwnErrors() });
  }
}
