import type { Locale } from './locale';
import type { Permission } from './permissions';
import type { RegionCode } from './regions';
import type { Role } from './roles';

/** Limits shared by the API's validation and the portal's forms. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
/** The refresh token travels only in this cookie (HttpOnly, Secure, SameSite=Strict, path /api/auth). */
export const REFRESH_COOKIE = 'skema_refresh';

export const LEGAL_FORMS = ['association', 'foundation', 'centre', 'coalition'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const AREAS_OF_WORK = [
  'anti_trafficking',
  'domestic_violence',
  'employment',
  'vocational_training',
  'social_services',
  'legal_aid',
  'psychosocial_support',
  'children_and_youth',
  'lgbti_rights',
  'other',
] as const;
export type AreaOfWork = (typeof AREAS_OF_WORK)[number];

export interface OrganisationSummaryDto {
  id: string;
  legalName: string;
  verified: boolean;
}

/** Who is signed in, and what the portal may show them. */
export interface CurrentUserDto {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  roles: Role[];
  permissions: Permission[];
  organisation: OrganisationSummaryDto | null;
  twoFactorEnabled: boolean;
  /** Staff who move money or people's data must turn on a second factor before anything else. */
  twoFactorRequired: boolean;
}

export interface SignInRequest {
  email: string;
  password: string;
  /** A 6-digit TOTP code or a recovery code, when the account has a second factor. */
  otp?: string;
}

/** Returned by sign-in and refresh; the refresh token itself is only in the HttpOnly cookie. */
export interface SessionDto {
  accessToken: string;
  expiresAt: string;
  user: CurrentUserDto;
}

export interface DeviceDto {
  id: string;
  userAgent: string;
  createdAt: string;
  lastUsedAt: string;
  current: boolean;
}

export interface RegisterOrganisationRequest {
  organisation: {
    legalName: string;
    acronym?: string;
    registrationNumber: string;
    legalForm: LegalForm;
    regions: RegionCode[];
    address: string;
    email: string;
    phone: string;
    areasOfWork: AreaOfWork[];
    iban: string;
  };
  applicant: {
    displayName: string;
    email: string;
    password: string;
    locale: Locale;
  };
}

/** A person as administrators see them in the user list. */
export interface UserSummaryDto {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  roles: Role[];
  organisation: { id: string; legalName: string } | null;
  active: boolean;
  /** False while an invitation is not yet accepted or the e-mail not yet confirmed. */
  emailConfirmed: boolean;
  twoFactorEnabled: boolean;
  createdAt: string;
}
