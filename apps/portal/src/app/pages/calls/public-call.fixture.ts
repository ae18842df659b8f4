import { PRAG_FULL_APPLICATION_GRID, type PublicCallDetailDto } from '@skema/contracts';

/** For specs: a call like the demo one (DESIGN §3), open at `serverTime`. Not used by the app. */
export function publicCall(overrides: Partial<PublicCallDetailDto> = {}): PublicCallDetailDto {
  return {
    id: '5b0c7f3e-1f7a-4c39-9a55-0d3d2b1e6a10',
    reference: 'SK-2026-01',
    status: 'published',
    title: {
      sq: 'Thirrje për propozime 2026: Punësimi i ish-viktimave të trafikimit',
      en: 'Call for proposals 2026: Employment of former victims of trafficking',
    },
    text: {
      sq: 'Skema e granteve mbështet organizatat e shoqërisë civile.\n\nThirrja ka katër lote, një për secilin rajon.',
      en: 'The grant scheme supports civil-society organisations.\n\nThe call has four lots, one per region.',
    },
    opensAt: '2026-01-10T08:00:00.000Z',
    // 12:00 in Tirana (UTC+1 in winter).
    deadline: '2026-03-07T11:00:00.000Z',
    totalBudgetCents: 80_000_000,
    minGrantCents: 1_000_000,
    maxGrantCents: 6_000_000,
    maxCofinancingShareBp: 9_000,
    minDurationMonths: 6,
    maxDurationMonths: 18,
    lots: [
      { id: 'lot-tir', regionCode: 'TIR', envelopeCents: 30_000_000 },
      { id: 'lot-kuk', regionCode: 'KUK', envelopeCents: 18_000_000 },
      { id: 'lot-dib', regionCode: 'DIB', envelopeCents: 16_000_000 },
      { id: 'lot-sar', regionCode: 'SAR', envelopeCents: 16_000_000 },
    ],
    eligibility: [
      {
        key: 'legal_status',
        text: {
          sq: 'Aplikanti është organizatë jofitimprurëse e regjistruar në Shqipëri.',
          en: 'The applicant is a non-profit organisation registered in Albania.',
        },
      },
      {
        key: 'duration',
        text: { sq: 'Veprimi zgjat nga 6 deri në 18 muaj.', en: 'The action lasts from 6 to 18 months.' },
      },
    ],
    grid: PRAG_FULL_APPLICATION_GRID,
    requiredAttachments: [
      {
        key: 'financial_report',
        name: { sq: 'Raporti financiar vjetor i fundit', en: 'Last annual financial report' },
        acceptedTypes: ['pdf', 'xlsx'],
        maxSizeBytes: 10 * 1024 * 1024,
      },
    ],
    publishedAt: '2026-01-10T08:00:00.000Z',
    closedAt: null,
    divergenceGapBp: 2000,
    resultsPublishedAt: null,
    secondsLeft: 3_600 * 24 * 20,
    amendments: [],
    serverTime: '2026-02-15T10:00:00.000Z',
    ...overrides,
  };
}
