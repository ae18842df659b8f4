import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Translation } from '@jsverse/transloco';
import {
  type ApplicationEvaluationsDto,
  type CallDto,
  type LotRankingDto,
  PRAG_FULL_APPLICATION_GRID,
  type RankingEntryDto,
  rolesAllow,
} from '@skema/contracts';
import { AuthService } from '../../core/auth/auth.service';
import { callDto, provideCallManagementTranslations } from '../call-management/call-management.testing';
import callManagementRoutes from '../call-management/call-management.routes';

/**
 * For this folder's specs only (never imported by the app): the workspace mounted as the app mounts
 * it (`/manage/calls/:id/evaluation`), a fake backend, and the API's shapes with plausible values.
 */

export const CALL_ID = '0b6c3a52-5a3e-4a8e-9a53-6d1b1f7f0c01';
export const LOT_TIR = '1c7d4b63-6b4f-4b9f-8b64-7e2c2f8f1d02';
export const LOT_KUK = '2d8e5c74-7c50-4ca0-9c75-8f3d3f9f2e03';
export const APP_1 = '3e9f6d85-8d61-4db1-8d86-903e4fa03f04';
export const APP_2 = '4fa07e96-9e72-4ec2-9e97-a14f5fb14005';

const PROGRAMME_MANAGER: Pick<AuthService, 'whenReady' | 'isSignedIn' | 'needsSecondFactorSetup' | 'can'> = {
  whenReady: () => Promise.resolve(),
  isSignedIn: signal(true),
  needsSecondFactorSetup: signal(false),
  can: (permission) => rolesAllow(['programme_manager'], permission),
};

export async function startEvaluationTest(
  translocoTesting: EnvironmentProviders,
  dictionaries: Readonly<Record<string, Translation>>,
): Promise<{ backend: HttpTestingController; harness: RouterTestingHarness }> {
  window.localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      translocoTesting,
      provideCallManagementTranslations(dictionaries),
      provideNoopAnimations(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: 'manage/calls', children: callManagementRoutes }], withComponentInputBinding()),
      // A programme manager, signed in: the route's guard lets them through.
      { provide: AuthService, useValue: PROGRAMME_MANAGER },
    ],
  });
  return { backend: TestBed.inject(HttpTestingController), harness: await RouterTestingHarness.create() };
}

export function evaluationCall(overrides: Partial<CallDto> = {}): CallDto {
  return callDto({
    id: CALL_ID,
    status: 'in_evaluation',
    lots: [
      { id: LOT_TIR, regionCode: 'TIR', envelopeCents: 10_000_000 },
      { id: LOT_KUK, regionCode: 'KUK', envelopeCents: 7_500_000 },
    ],
    ...overrides,
  });
}

export function rankingEntry(overrides: Partial<RankingEntryDto> = {}): RankingEntryDto {
  return {
    applicationId: APP_1,
    reference: 'SK-2026-TIR-0001',
    organisationName: 'Shoqata Shpresa',
    submittedAt: '2027-01-20T10:00:00.000Z',
    outcome: 'selected',
    rank: 1,
    reserveRank: null,
    requestedGrantCents: 4_500_000,
    awardCents: 4_500_000,
    reduced: false,
    total: 8_150,
    relevance: 2_600,
    sectionScores: null,
    failures: [],
    ...overrides,
  };
}

/**
 * Lot Tirana, EUR 100,000: ranks 1 and 3 selected (45,000 + 40,000), rank 2 (60,000) skipped to the
 * reserve list because it does not fit, rank 4 on the reserve list below the envelope line; one
 * rejected on a threshold.
 */
export function lotRanking(overrides: Partial<LotRankingDto> = {}): LotRankingDto {
  return {
    lotId: LOT_TIR,
    regionCode: 'TIR',
    envelopeCents: 10_000_000,
    allocatedCents: 8_500_000,
    remainingCents: 1_500_000,
    provisional: false,
    confirmedAt: null,
    confirmedBy: null,
    stale: false,
    entries: [
      rankingEntry({ applicationId: 'a-1', reference: 'SK-2026-TIR-0001', rank: 1 }),
      rankingEntry({
        applicationId: 'a-2',
        reference: 'SK-2026-TIR-0002',
        rank: 2,
        outcome: 'reserve',
        reserveRank: 1,
        requestedGrantCents: 6_000_000,
        awardCents: 6_000_000,
        total: 7_900,
      }),
      rankingEntry({
        applicationId: 'a-3',
        reference: 'SK-2026-TIR-0003',
        rank: 3,
        requestedGrantCents: 4_000_000,
        awardCents: 4_000_000,
        total: 7_500,
      }),
      rankingEntry({
        applicationId: 'a-4',
        reference: 'SK-2026-TIR-0004',
        rank: 4,
        outcome: 'reserve',
        reserveRank: 2,
        requestedGrantCents: 3_000_000,
        awardCents: 3_000_000,
        total: 7_000,
      }),
      rankingEntry({
        applicationId: 'a-5',
        reference: 'SK-2026-TIR-0005',
        rank: null,
        outcome: 'rejected_threshold',
        awardCents: null,
        total: 6_000,
        relevance: 1_800,
        failures: [{ scope: 'section', sectionKey: '2', threshold: 2_000, score: 1_800 }],
      }),
    ],
    ...overrides,
  };
}

export function applicationEvaluations(overrides: Partial<ApplicationEvaluationsDto> = {}): ApplicationEvaluationsDto {
  return {
    applicationId: APP_1,
    applicationReference: 'SK-2026-TIR-0001',
    organisationName: 'Shoqata Shpresa',
    lotRegionCode: 'TIR',
    status: 'in_evaluation',
    grid: PRAG_FULL_APPLICATION_GRID,
    divergenceGapBp: 2_000,
    evaluations: [
      {
        assignmentId: 'as-1',
        evaluatorId: 'e-1',
        evaluatorName: 'Arta Kola',
        state: 'submitted',
        scores: [{ criterionKey: '1.1', score: 4, comment: 'Përvojë e mirë.' }],
        points: { sections: { '1': 14, '2': 22, '3': 14, '4': 10, '5': 10 }, total: 70, complete: true },
        submittedAt: '2027-02-01T10:00:00.000Z',
      },
      {
        assignmentId: 'as-2',
        evaluatorId: 'e-2',
        evaluatorName: 'Besnik Duka',
        state: 'submitted',
        scores: [{ criterionKey: '1.1', score: 2, comment: 'Përvojë e kufizuar.' }],
        points: { sections: { '1': 18, '2': 28, '3': 18, '4': 15, '5': 15 }, total: 94, complete: true },
        submittedAt: '2027-02-02T10:00:00.000Z',
      },
    ],
    consolidation: {
      status: 'divergent',
      method: null,
      submittedCount: 2,
      countedAssignmentIds: [],
      sectionScores: null,
      total: null,
      spreadPoints: 24,
      divergent: true,
    },
    moderation: null,
    ...overrides,
  };
}
