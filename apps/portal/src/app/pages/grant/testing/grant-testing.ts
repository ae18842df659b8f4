import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, type EnvironmentProviders, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TRANSLOCO_LOADER, type Translation, type TranslocoLoader } from '@jsverse/transloco';
import {
  type CurrentUserDto,
  type GrantDto,
  type GrantReportDto,
  type GrantSummaryDto,
  type Role,
  type TrancheDto,
  permissionsOf,
  rolesAllow,
} from '@skema/contracts';
import { of } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import grantRoutes from '../grant.routes';

/**
 * For this folder's specs only (never imported by the app): the grant pages mounted as the app mounts
 * them (`/my-grants`), a fake backend, a signed-in person of the given roles, and the API's shapes.
 */

export const GRANT_ID = '5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const ORGANISATION_ID = 'o-1';
export const REPORT_1 = '6b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';
export const REPORT_FINAL = '7c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';

@Component({ template: 'elsewhere', changeDetection: ChangeDetectionStrategy.OnPush })
class ElsewhereComponent {}

/** Staff belong to no organisation; an applicant to the grant's CSO. */
function signedIn(roles: Role[]): CurrentUserDto {
  return {
    id: 'u-1',
    email: 'anila@example.org',
    displayName: 'Anila Meta',
    locale: 'sq',
    roles,
    permissions: permissionsOf(roles),
    organisation: roles.includes('applicant')
      ? { id: ORGANISATION_ID, legalName: 'Shoqata Shpresa', verified: true }
      : null,
    twoFactorEnabled: false,
    twoFactorRequired: false,
  };
}

function fakeAuth(person: CurrentUserDto): Pick<AuthService, 'whenReady' | 'isSignedIn' | 'user' | 'can'> {
  return {
    whenReady: () => Promise.resolve(),
    isSignedIn: signal(true),
    user: signal(person),
    can: (permission) => rolesAllow(person.roles, permission),
  };
}

export async function startGrantTest(
  translocoTesting: EnvironmentProviders,
  dictionaries: Readonly<Record<string, Translation>>,
  roles: Role[],
): Promise<{ backend: HttpTestingController; harness: RouterTestingHarness }> {
  window.localStorage.clear();
  const loader: TranslocoLoader = { getTranslation: (path: string) => of(dictionaries[path]) };
  const person = signedIn(roles);
  TestBed.configureTestingModule({
    providers: [
      translocoTesting,
      { provide: TRANSLOCO_LOADER, useValue: loader },
      provideNoopAnimations(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter(
        [
          { path: 'my-grants', children: grantRoutes },
          { path: '**', component: ElsewhereComponent },
        ],
        withComponentInputBinding(),
      ),
      { provide: AuthService, useValue: fakeAuth(person) },
    ],
  });
  return { backend: TestBed.inject(HttpTestingController), harness: await RouterTestingHarness.create() };
}

export function grantSummary(overrides: Partial<GrantSummaryDto> = {}): GrantSummaryDto {
  return {
    id: GRANT_ID,
    contractNumber: 'SK-GC-2027-KUK-001',
    applicationId: 'a-1',
    applicationReference: 'SK-2026-KUK-0007',
    organisationId: ORGANISATION_ID,
    organisationName: 'Shoqata Shpresa',
    callReference: 'CFP-2026-001',
    regionCode: 'KUK',
    title: { sq: 'Punë për të mbijetuarat', en: 'Work for survivors' },
    status: 'in_implementation',
    startDate: '2027-04-01',
    endDate: '2028-09-30',
    awardCents: 4_500_000,
    committedCents: 3_600_000,
    paidCents: 1_800_000,
    ...overrides,
  };
}

export function tranche(overrides: Partial<TrancheDto> = {}): TrancheDto {
  return {
    id: 't-1',
    sequence: 1,
    kind: 'pre_financing',
    plannedCents: 1_800_000,
    reportDueOn: null,
    payable: false,
    blocks: ['already_paid'],
    payableCents: 0,
    paidCents: 1_800_000,
    payment: null,
    ...overrides,
  };
}

/**
 * 18 months, EUR 45,000: pre-financing paid, an interim tranche blocked on its report, the balance
 * waiting for the final report; two budget lines.
 */
export function grantDto(overrides: Partial<GrantDto> = {}): GrantDto {
  return {
    ...grantSummary(),
    durationMonths: 18,
    version: 3,
    budget: [
      {
        key: '0',
        category: 'human_resources',
        description: 'Koordinatore',
        approvedCents: 3_000_000,
        spentCents: 1_200_000,
        remainingCents: 1_800_000,
      },
      {
        key: '1',
        category: 'travel',
        description: 'Udhëtime në terren',
        approvedCents: 1_000_000,
        spentCents: 0,
        remainingCents: 1_000_000,
      },
    ],
    tranches: [
      tranche({
        payment: {
          id: 'p-1',
          grantId: GRANT_ID,
          trancheId: 't-1',
          contractNumber: 'SK-GC-2027-KUK-001',
          organisationName: 'Shoqata Shpresa',
          regionCode: 'KUK',
          trancheSequence: 1,
          trancheKind: 'pre_financing',
          amountCents: 1_800_000,
          status: 'paid',
          preparedBy: 'f-1',
          preparedByName: 'Drita Hoxha',
          preparedAt: '2027-04-05T09:00:00.000Z',
          approvedBy: 'f-2',
          approvedByName: 'Ilir Shehu',
          approvedAt: '2027-04-06T09:00:00.000Z',
          paidAt: '2027-04-08T09:00:00.000Z',
          paidOn: '2027-04-08',
          bankReference: 'BKT-2027-0042',
          rejectedReason: null,
        },
      }),
      tranche({
        id: 't-2',
        sequence: 2,
        kind: 'interim',
        plannedCents: 1_800_000,
        reportDueOn: '2028-05-30',
        blocks: ['interim_report_missing', 'interim_report_underspent'],
        paidCents: 0,
      }),
      tranche({
        id: 't-3',
        sequence: 3,
        kind: 'balance',
        plannedCents: 900_000,
        blocks: ['previous_tranche_unpaid', 'final_report_missing'],
        paidCents: 0,
      }),
    ],
    ...overrides,
  };
}

export function report(overrides: Partial<GrantReportDto> = {}): GrantReportDto {
  return {
    id: REPORT_1,
    grantId: GRANT_ID,
    kind: 'interim',
    sequence: 1,
    periodStart: '2027-04-01',
    periodEnd: '2028-03-31',
    dueOn: '2028-05-30',
    status: 'draft',
    narrative: { activities: 'Trajnime në Kukës.' },
    expenditure: [{ lineKey: '0', spentCents: 1_200_000 }],
    spentCents: 1_200_000,
    submittedAt: null,
    approvedAt: null,
    returnedAt: null,
    comments: null,
    version: 2,
    ...overrides,
  };
}
