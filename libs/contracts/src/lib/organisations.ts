import type { AreaOfWork, LegalForm } from './auth';
import type { Locale } from './locale';
import type { RegionCode } from './regions';
import type { Role } from './roles';

/** A CSO's profile as `GET /api/organisations/:id` returns it. */
export interface OrganisationDto {
  id: string;
  legalName: string;
  acronym: string | null;
  registrationNumber: string;
  legalForm: LegalForm;
  email: string;
  phone: string | null;
  address: string | null;
  regions: RegionCode[];
  areasOfWork: AreaOfWork[];
  iban: string | null;
  verified: boolean;
  verifiedAt: string | null;
}

/** What a CSO may change about itself: not its legal identity (name, NUIS, legal form). */
export interface UpdateOrganisationRequest {
  acronym?: string;
  address?: string;
  email?: string;
  phone?: string;
  regions?: RegionCode[];
  areasOfWork?: AreaOfWork[];
  iban?: string;
}

export interface InviteColleagueRequest {
  email: string;
  displayName: string;
  locale: Locale;
}

/** Roles an administrator may invite; applicants register or are invited by their CSO. */
export const STAFF_ROLES = ['evaluator', 'programme_manager', 'finance_officer', 'reporting_officer', 'admin'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface InviteStaffRequest {
  email: string;
  displayName: string;
  roles: StaffRole[];
  locale: Locale;
}
