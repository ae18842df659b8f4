import {
  type EligibilityItemDto,
  PRAG_FULL_APPLICATION_GRID,
  type RegionCode,
  type RequiredAttachmentDto,
} from '@skema/contracts';
import { instantToTiraneLocal, tiraneLocalToInstant } from '@skema/domain';
import type { EntityManager } from 'typeorm';
import { CallLot } from '../../app/calls/entities/call-lot.entity';
import { Call } from '../../app/calls/entities/call.entity';

const MIB = 1024 * 1024;
const EUR = 100;

/** Envelopes per region (DESIGN §1): EUR 800,000 in all. */
const LOTS: Record<RegionCode, number> = {
  TIR: 300_000 * EUR,
  KUK: 180_000 * EUR,
  DIB: 160_000 * EUR,
  SAR: 160_000 * EUR,
};

export const ELIGIBILITY: EligibilityItemDto[] = [
  {
    key: 'legal_status',
    text: {
      sq: 'Aplikanti është organizatë jofitimprurëse e regjistruar në Shqipëri (shoqatë, fondacion ose qendër).',
      en: 'The applicant is a non-profit organisation registered in Albania (association, foundation or centre).',
    },
  },
  {
    key: 'registered_one_year',
    text: {
      sq: 'Aplikanti është regjistruar të paktën një vit para afatit të fundit.',
      en: 'The applicant was registered at least one year before the deadline.',
    },
  },
  {
    key: 'region',
    text: {
      sq: 'Aplikanti vepron në rajonin e lotit për të cilin aplikon.',
      en: 'The applicant works in the region of the lot it applies for.',
    },
  },
  {
    key: 'target_group',
    text: {
      sq: 'Veprimi synon ish-viktima të trafikimit dhe/ose të dhunës në familje, ose persona në rrezik.',
      en: 'The action targets former victims of trafficking and/or domestic violence, or people at risk.',
    },
  },
  {
    key: 'grant_amount',
    text: {
      sq: 'Granti i kërkuar është ndërmjet 10 000 € dhe 60 000 € dhe mbulon jo më shumë se 90% të kostove të pranueshme.',
      en: 'The grant requested is between €10,000 and €60,000 and covers at most 90% of the eligible costs.',
    },
  },
  {
    key: 'duration',
    text: { sq: 'Veprimi zgjat nga 6 deri në 18 muaj.', en: 'The action lasts from 6 to 18 months.' },
  },
  {
    key: 'no_exclusion',
    text: {
      sq: 'Aplikanti nuk ndodhet në asnjë situatë përjashtimi (falimentim, detyrime tatimore të papaguara, konflikt interesi).',
      en: 'The applicant is in no exclusion situation (bankruptcy, unpaid taxes, conflict of interest).',
    },
  },
];

export const ATTACHMENTS: RequiredAttachmentDto[] = [
  {
    key: 'statute',
    name: { sq: 'Statuti i organizatës', en: 'Statute of the organisation' },
    acceptedTypes: ['pdf'],
    maxSizeBytes: 10 * MIB,
  },
  {
    key: 'registration_certificate',
    name: { sq: 'Vendimi i gjykatës për regjistrimin', en: 'Registration certificate (court decision)' },
    acceptedTypes: ['pdf'],
    maxSizeBytes: 10 * MIB,
  },
  {
    key: 'financial_report',
    name: { sq: 'Raporti financiar vjetor i fundit', en: 'Last annual financial report' },
    acceptedTypes: ['pdf', 'xlsx'],
    maxSizeBytes: 10 * MIB,
  },
  {
    key: 'budget',
    name: { sq: 'Buxheti i veprimit', en: 'Budget of the action' },
    acceptedTypes: ['xlsx'],
    maxSizeBytes: 5 * MIB,
  },
  {
    key: 'key_staff_cvs',
    name: { sq: 'CV-të e stafit kyç', en: 'CVs of key staff' },
    acceptedTypes: ['pdf', 'docx'],
    maxSizeBytes: 10 * MIB,
  },
];

const TEXT = {
  sq: [
    'Skema e granteve mbështet organizatat e shoqërisë civile që ndihmojnë ish-viktimat e trafikimit dhe të dhunës në familje të gjejnë dhe të mbajnë një punë: formim profesional, vendosje në punë, mbështetje për vetëpunësim dhe ndjekje pas punësimit.',
    'Thirrja ka katër lote, një për secilin rajon: Tiranë, Kukës, Dibër dhe Sarandë. Çdo OShC mund të aplikojë për lotin e rajonit ku vepron.',
    'Aplikimet dorëzohen vetëm në Skema, para afatit të fundit (ora e Tiranës). Aplikimet pas afatit nuk pranohen.',
  ].join('\n\n'),
  en: [
    'The grant scheme supports civil-society organisations that help former victims of trafficking and domestic violence find and keep a job: vocational training, job placement, self-employment support and follow-up after placement.',
    'The call has four lots, one per region: Tirana, Kukës, Dibër and Saranda. Each CSO may apply for the lot of the region where it works.',
    'Applications are submitted in Skema only, before the deadline (Tirana time). Late applications are not accepted.',
  ].join('\n\n'),
};

/** Midday in Tirana on the calendar day `days` after `now` (Tirana's calendar), across summer time. */
export function tiranaNoonAfter(now: Date, days: number): Date {
  const day = instantToTiraneLocal(new Date(now.getTime() + days * 86_400_000)).slice(0, 10);
  return tiraneLocalToInstant(`${day}T12:00`);
}

/** The demo calls' PRAG defaults (DESIGN §3): grant limits, co-financing, duration, checklist, grid, documents. */
export const DEMO_CALL_RULES = {
  minGrantCents: 10_000 * EUR,
  maxGrantCents: 60_000 * EUR,
  maxCofinancingShareBp: 9_000,
  minDurationMonths: 6,
  maxDurationMonths: 18,
  eligibility: ELIGIBILITY,
  grid: PRAG_FULL_APPLICATION_GRID,
  requiredAttachments: ATTACHMENTS,
};

/**
 * The scheme's published call (DESIGN §1, §3): EUR 800,000 in four lots, grants of EUR 10,000–60,000
 * covering at most 90%, 6–18 months, the PRAG grid, opened a week before `now`, closing six weeks after.
 */
export async function seedDemoCall(manager: EntityManager, now: Date, createdBy: string | null): Promise<Call> {
  const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Tirane', year: 'numeric' }).format(now);
  const call = await manager.save(
    manager.create(Call, {
      reference: `SK-${year}-01`,
      status: 'published',
      titleSq: `Thirrje për propozime ${year}: Punësimi i ish-viktimave të trafikimit dhe të dhunës në familje`,
      titleEn: `Call for proposals ${year}: Employment of former victims of trafficking and domestic violence`,
      textSq: TEXT.sq,
      textEn: TEXT.en,
      opensAt: new Date(now.getTime() - 7 * 86_400_000),
      deadline: tiranaNoonAfter(now, 42),
      totalBudgetCents: 800_000 * EUR,
      ...DEMO_CALL_RULES,
      publishedAt: new Date(now.getTime() - 7 * 86_400_000),
      createdBy,
      version: 1,
    }),
  );
  for (const [regionCode, envelopeCents] of Object.entries(LOTS) as [RegionCode, number][]) {
    await manager.save(manager.create(CallLot, { callId: call.id, regionCode, envelopeCents }));
  }
  return call;
}
