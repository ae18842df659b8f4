import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { InviteColleagueRequest, OrganisationDto, UpdateOrganisationRequest, UserSummaryDto } from '@skema/contracts';
import { Observable } from 'rxjs';
import { API_PREFIX } from '../../core/http/api-url';
import { handlesOwnErrors } from '../../core/http/http-error.interceptor';

export type { OrganisationDto };
export type OrganisationChanges = UpdateOrganisationRequest;
export type ColleagueInvitation = InviteColleagueRequest;

@Injectable({ providedIn: 'root' })
export class OrganisationApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_PREFIX}/organisations`;

  get(id: string): Observable<OrganisationDto> {
    return this.http.get<OrganisationDto>(`${this.base}/${encodeURIComponent(id)}`, { context: handlesOwnErrors() });
  }

  update(id: string, changes: OrganisationChanges): Observable<OrganisationDto> {
    return this.http.patch<OrganisationDto>(`${this.base}/${encodeURIComponent(id)}`, changes, {
      context: handlesOwnErrors(),
    });
  }

  verify(id: string): Observable<OrganisationDto> {
    return this.http.post<OrganisationDto>(`${this.base}/${encodeURIComponent(id)}/verification`, null);
  }

  inviteColleague(id: string, invitation: ColleagueInvitation): Observable<UserSummaryDto> {
    return this.http.post<UserSummaryDto>(`${this.base}/${encodeURIComponent(id)}/invitations`, invitation, {
      context: handlesOwnErrors(),
    });
  }
}
