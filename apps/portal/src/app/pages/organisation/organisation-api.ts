import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { AreaOfWork, LegalForm, Locale, RegionCode, UserSummaryDto } from '@skema/contracts';
import { Observable } from 'rxjs';
import { API_PREFIX } from '../../core/http/api-url';
import { handlesOwnErrors } from '../../core/http/http-error.interceptor';

/**
 * A CSO's profile as `GET /organisations/:id` returns it. Mirrors the API's `OrganisationDto`, which is
 * not (yet) in libs/contracts: keep the two in step until it moves there.
 */
export interface OrganisationDto {
  readonly id: string;
  readonly legalName: string;
  readonly acronym: string | null;
  readonly registrationNumber: string;
  readonly legalForm: LegalForm;
  readonly email: string;
  readonly phone: string | null;
  readonly address: string | null;
  readonly regions: RegionCode[];
  readonly areasOfWork: AreaOfWork[];
  readonly iban: string | null;
  readonly verified: boolean;
  readonly verifiedAt: string | null;
}

/** What a CSO may change about itself: not its legal identity (name, NUIS, legal form). */
export interface OrganisationChanges {
  acronym?: string;
  address?: string;
  email?: string;
  phone?: string;
  regions?: RegionCode[];
  areasOfWork?: AreaOfWork[];
  iban?: string;
}

export interface ColleagueInvitation {
  email: string;
  displayName: string;
  locale: Locale;
}

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
