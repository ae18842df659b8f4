import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TRANSLOCO_LOADER, Translation, TranslocoLoader } from '@jsverse/transloco';
import { type CallDto, PRAG_FULL_APPLICATION_GRID } from '@skema/contracts';
import { of } from 'rxjs';
import callManagementRoutes from './call-management.routes';

/**
 * For this folder's specs only (never imported by the app): the page's translation scope next to the
 * global dictionaries, and a call as the API returns it.
 */
export function provideCallManagementTranslations(dictionaries: Readonly<Record<string, Translation>>): Provider {
  const loader: TranslocoLoader = { getTranslation: (lang: string) => of(dictionaries[lang]) };
  return { provide: TRANSLOCO_LOADER, useValue: loader };
}

/**
 * A test bed with the pages as the app mounts them (`/manage/calls`), a fake backend and the
 * translations. `translocoTesting` is the specs' `provideTranslocoTesting()` (it reads JSON files,
 * which only the spec build can).
 */
export async function startCallManagementTest(
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
    ],
  });
  return { backend: TestBed.inject(HttpTestingController), harness: await RouterTestingHarness.create() };
}

export function callDto(overrides: Partial<CallDto> = {}): CallDto {
  return {
    id: 'c-1',
    reference: 'CFP-2026-001',
    status: 'draft',
    title: { sq: 'Punësim për të mbijetuarat', en: 'Employment for survivors' },
    text: { sq: 'Teksti', en: 'The text' },
    opensAt: '2026-12-01T08:00:00.000Z',
    deadline: '2027-01-31T11:00:00.000Z',
    totalBudgetCents: 30_000_000,
    minGrantCents: 1_000_000,
    maxGrantCents: 6_000_000,
    maxCofinancingShareBp: 9_000,
    minDurationMonths: 6,
    maxDurationMonths: 18,
    lots: [
      { id: 'l-1', regionCode: 'TIR', envelopeCents: 10_000_000 },
      { id: 'l-2', regionCode: 'KUK', envelopeCents: 7_500_050 },
    ],
    eligibility: [{ key: 'registered', text: { sq: 'E regjistruar', en: 'Registered' } }],
    grid: PRAG_FULL_APPLICATION_GRID,
    requiredAttachments: [{ key: 'statute', name: { sq: 'Statuti', en: 'Statute' }, acceptedTypes: ['pdf'], maxSizeBytes: 10 * 1024 * 1024 }],
    publishedAt: null,
    closedAt: null,
    divergenceGapBp: 2000,
    resultsPublishedAt: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    version: 3,
    ...overrides,
  };
}
