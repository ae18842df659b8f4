import {
  APPLICATION_SECTIONS,
  ApplicationDto,
  ApplicationSectionDto,
  ApplicationSectionKey,
  PublicCallDetailDto,
} from '@skema/contracts';

/** Test data for the application page's specs: a KUK draft of a PRAG-default call. */

export const APPLICATION_ID = '7d0c5a9e-1111-4c1e-9a57-000000000001';
export const CALL_ID = '7d0c5a9e-2222-4c1e-9a57-000000000002';

export function sectionDto(
  key: ApplicationSectionKey,
  overrides: Partial<ApplicationSectionDto> = {},
): ApplicationSectionDto {
  return { key, content: null, version: 0, updatedAt: null, updatedBy: null, ...overrides };
}

export function applicationDto(
  overrides: Partial<ApplicationDto> = {},
  sections: Partial<Record<ApplicationSectionKey, Partial<ApplicationSectionDto>>> = {},
): ApplicationDto {
  return {
    id: APPLICATION_ID,
    call: { id: CALL_ID, reference: 'CFP-2026-01', deadline: '2026-12-31T11:00:00.000Z' },
    lot: { id: 'lot-kuk', regionCode: 'KUK' },
    organisation: { id: 'o-1', legalName: 'Shoqata Shpresa' },
    status: 'draft',
    reference: null,
    sections: APPLICATION_SECTIONS.map((key) => sectionDto(key, sections[key])),
    attachments: [],
    receipt: null,
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    submittedAt: null,
    ...overrides,
  };
}

/** The application after one section was saved as `version`, by `by`, at `at`. */
export function savedApplication(
  base: ApplicationDto,
  key: ApplicationSectionKey,
  content: Record<string, unknown>,
  version: number,
  by = 'Anila Meta',
  at = '2026-11-20T09:42:00.000Z',
): ApplicationDto {
  return {
    ...base,
    sections: base.sections.map((section) =>
      section.key === key ? { ...section, content, version, updatedAt: at, updatedBy: by } : section,
    ),
  };
}

export function publicCallDto(overrides: Partial<PublicCallDetailDto> = {}): PublicCallDetailDto {
  return {
    id: CALL_ID,
    reference: 'CFP-2026-01',
    status: 'published',
    title: { sq: 'Riintegrimi social-ekonomik', en: 'Socio-economic reintegration' },
    text: { sq: 'Tekst', en: 'Text' },
    opensAt: '2026-10-01T08:00:00.000Z',
    deadline: '2026-12-31T11:00:00.000Z',
    totalBudgetCents: 100_000_000,
    minGrantCents: 1_000_000,
    maxGrantCents: 6_000_000,
    maxCofinancingShareBp: 9_000,
    minDurationMonths: 6,
    maxDurationMonths: 18,
    lots: [{ id: 'lot-kuk', regionCode: 'KUK', envelopeCents: 25_000_000 }],
    eligibility: [],
    grid: null,
    requiredAttachments: [
      {
        key: 'statute',
        name: { sq: 'Statuti i organizatës', en: 'Statute of the organisation' },
        acceptedTypes: ['pdf'],
        maxSizeBytes: 5 * 1024 * 1024,
      },
    ],
    publishedAt: '2026-10-01T08:00:00.000Z',
    closedAt: null,
    divergenceGapBp: 2000,
    resultsPublishedAt: null,
    secondsLeft: 3_600_000,
    amendments: [],
    serverTime: '2026-11-20T09:40:00.000Z',
    ...overrides,
  };
}

export const problem = (
  code: string,
  status: number,
  detail: string,
  errors?: { field: string; message: string }[],
) => ({
  type: 'about:blank',
  title: 'Problem',
  status,
  detail,
  code,
  ...(errors ? { errors } : {}),
});
