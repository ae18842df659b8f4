import type { LocalizedText } from './locale';
import type { RegionCode } from './regions';
import type { CallStatus } from './states';

/**
 * Calls for proposals (DESIGN §3): the shapes the API returns and accepts, and the limits both sides
 * check. Money is integer EUR cents; shares are basis points (9000 = 90%); times are ISO 8601 strings.
 */
export const CALL_LIMITS = {
  titleMinLength: 10,
  titleMaxLength: 250,
  textMaxLength: 20_000,
  reasonMinLength: 10,
  reasonMaxLength: 2_000,
  /** EUR 100 million: far above any envelope of this scheme, well inside Number.MAX_SAFE_INTEGER. */
  amountMaxCents: 10_000_000_000,
  cofinancingShareMaxBp: 10_000,
  durationMinMonths: 1,
  durationMaxMonths: 60,
  sectionsMax: 10,
  criteriaPerSectionMax: 15,
  gridNameMaxLength: 300,
  eligibilityItemsMax: 40,
  eligibilityTextMaxLength: 600,
  attachmentsMax: 30,
  attachmentNameMaxLength: 200,
  /** 25 MiB: a scanned statute fits, a video does not. */
  attachmentMaxSizeBytes: 25 * 1024 * 1024,
} as const;

/** Keys of grid sections, criteria, checklist items and attachments: stable, machine-friendly. */
export const CALL_ITEM_KEY_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,39}$/;

/** PRAG scores each sub-criterion on 1–5; a criterion may count double (DESIGN §3). */
export const CRITERION_SCORE_MIN = 1;
export const CRITERION_SCORE_MAX = 5;
export const CRITERION_WEIGHTS = [1, 2] as const;
export type CriterionWeight = (typeof CRITERION_WEIGHTS)[number];

/** PRAG grids total 100 points (full application) or 50 (concept note of a restricted call). */
export const PRAG_GRID_TOTALS = [100, 50] as const;

export const ATTACHMENT_TYPES = ['pdf', 'docx', 'xlsx', 'odt', 'ods', 'jpg', 'png'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export interface EvaluationCriterionDto {
  key: string;
  name: LocalizedText;
  /** The highest score an evaluator may give (PRAG: 5); the criterion counts `maxScore × weight`. */
  maxScore: number;
  weight: CriterionWeight;
}

export interface EvaluationSectionDto {
  key: string;
  name: LocalizedText;
  /** Σ criteria maxScore × weight. */
  maxScore: number;
  /** Applications scoring below it in this section are rejected; null when the section has none. */
  passThreshold: number | null;
  criteria: EvaluationCriterionDto[];
}

export interface EvaluationGridDto {
  sections: EvaluationSectionDto[];
  /** Σ section maxima. */
  maxScore: number;
  passThreshold: number | null;
}

export interface EligibilityItemDto {
  key: string;
  text: LocalizedText;
}

export interface RequiredAttachmentDto {
  key: string;
  name: LocalizedText;
  acceptedTypes: AttachmentType[];
  maxSizeBytes: number;
}

export interface LotDto {
  id: string;
  regionCode: RegionCode;
  envelopeCents: number;
}

/** The programme manager's view of a call. */
export interface CallDto {
  id: string;
  reference: string;
  status: CallStatus;
  title: LocalizedText;
  text: LocalizedText;
  opensAt: string;
  deadline: string;
  totalBudgetCents: number;
  minGrantCents: number;
  maxGrantCents: number;
  /** The largest share of eligible costs the grant may cover, in basis points (9000 = 90%). */
  maxCofinancingShareBp: number;
  minDurationMonths: number;
  maxDurationMonths: number;
  lots: LotDto[];
  eligibility: EligibilityItemDto[];
  grid: EvaluationGridDto | null;
  requiredAttachments: RequiredAttachmentDto[];
  publishedAt: string | null;
  closedAt: string | null;
  /**
   * Two evaluators' totals further apart than this share of the grid's maximum flag the application,
   * in basis points (DESIGN §3 default 2000 = 20%).
   */
  divergenceGapBp: number;
  /** When the programme manager published the evaluation results. */
  resultsPublishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Send it back with every change; a stale one is refused with 409 `call_stale_version`. */
  version: number;
}

export type CallAmendableField = 'deadline' | 'lots' | 'grid' | 'title' | 'text';

export interface CallAmendmentDto {
  id: string;
  amendedAt: string;
  reason: LocalizedText;
  /** Only the fields that changed, each with its value before and after. */
  changes: Partial<Record<CallAmendableField, { before: unknown; after: unknown }>>;
}

/** What anyone may read about a published (or closed) call. */
export type PublicCallDto = Omit<CallDto, 'version' | 'createdAt' | 'updatedAt'> & {
  /** Whole seconds until the deadline by the server's clock, rounded up (domain `timeLeft`); 0 once passed. */
  secondsLeft: number;
  amendments: CallAmendmentDto[];
};

/** One public call, with the server's clock at answering time. */
export type PublicCallDetailDto = PublicCallDto & { serverTime: string };

export interface PublicCallListDto {
  /** The server's clock when answering, so the portal never trusts the browser's. */
  serverTime: string;
  items: PublicCallDto[];
}

export interface LotInput {
  regionCode: RegionCode;
  envelopeCents: number;
}

export interface CreateCallRequest {
  title: LocalizedText;
  text: LocalizedText;
  opensAt: string;
  deadline: string;
  totalBudgetCents: number;
  minGrantCents: number;
  maxGrantCents: number;
  maxCofinancingShareBp: number;
  minDurationMonths: number;
  maxDurationMonths: number;
  lots?: LotInput[];
  eligibility?: EligibilityItemDto[];
  grid?: EvaluationGridDto | null;
  requiredAttachments?: RequiredAttachmentDto[];
  /** Default DIVERGENCE_GAP_DEFAULT_BP (20%). */
  divergenceGapBp?: number;
}

/** A draft's change: any field of the create request, plus the version it was read at. */
export type UpdateCallRequest = Partial<CreateCallRequest> & { version: number };

export interface AmendCallRequest {
  version: number;
  reason: LocalizedText;
  deadline?: string;
  lots?: LotInput[];
  grid?: EvaluationGridDto;
  title?: LocalizedText;
  text?: LocalizedText;
}

export const CALL_SORTS = ['deadline', '-deadline', 'createdAt', '-createdAt', 'reference', '-reference'] as const;
export type CallSort = (typeof CALL_SORTS)[number];

const criterion = (key: string, sq: string, en: string, weight: CriterionWeight = 1): EvaluationCriterionDto => ({
  key,
  name: { sq, en },
  maxScore: CRITERION_SCORE_MAX,
  weight,
});

/**
 * The PRAG full-application grid (DESIGN §3): 100 points, sub-criteria scored 1–5, some ×2; an
 * application scoring below 12 on capacity or 20 on relevance is rejected. A new call starts from it.
 */
export const PRAG_FULL_APPLICATION_GRID: EvaluationGridDto = {
  maxScore: 100,
  passThreshold: null,
  sections: [
    {
      key: '1',
      name: { sq: 'Kapaciteti financiar dhe operacional', en: 'Financial and operational capacity' },
      maxScore: 20,
      passThreshold: 12,
      criteria: [
        criterion('1.1', 'A kanë aplikanti dhe partnerët përvojë të mjaftueshme në menaxhimin e projekteve?', 'Do the applicant and partners have sufficient experience of project management?'),
        criterion('1.2', 'A kanë ekspertizë teknike të mjaftueshme për çështjet që trajtohen?', 'Do they have sufficient technical expertise in the issues to be addressed?'),
        criterion('1.3', 'A kanë kapacitet të mjaftueshëm menaxhues (staf, pajisje, aftësi për të menaxhuar buxhetin)?', 'Do they have sufficient management capacity (staff, equipment, ability to handle the budget)?'),
        criterion('1.4', 'A ka aplikanti burime financimi të qëndrueshme dhe të mjaftueshme?', 'Does the applicant have stable and sufficient sources of finance?'),
      ],
    },
    {
      key: '2',
      name: { sq: 'Rëndësia', en: 'Relevance' },
      maxScore: 30,
      passThreshold: 20,
      criteria: [
        criterion('2.1', 'Sa i rëndësishëm është propozimi për objektivat dhe prioritetet e thirrjes?', 'How relevant is the proposal to the objectives and priorities of the call?', 2),
        criterion('2.2', 'Sa i rëndësishëm është propozimi për nevojat dhe kufizimet e rajonit?', 'How relevant is the proposal to the needs and constraints of the region?', 2),
        criterion('2.3', 'Sa qartë janë përcaktuar dhe zgjedhur grupet e synuara?', 'How clearly defined and strategically chosen are the target groups?'),
        criterion('2.4', 'A ka propozimi elemente me vlerë të shtuar (barazi gjinore, risi, praktika të mira)?', 'Does the proposal contain added-value elements (gender equality, innovation, good practice)?'),
      ],
    },
    {
      key: '3',
      name: { sq: 'Efektiviteti dhe realizueshmëria', en: 'Effectiveness and feasibility' },
      maxScore: 20,
      passThreshold: null,
      criteria: [
        criterion('3.1', 'A janë aktivitetet të përshtatshme, praktike dhe në përputhje me rezultatet e pritshme?', 'Are the activities appropriate, practical and consistent with the expected results?', 2),
        criterion('3.2', 'A është plani i veprimit i qartë dhe i realizueshëm?', 'Is the action plan clear and feasible?'),
        criterion('3.3', 'A ka propozimi tregues të verifikueshëm objektivisht për rezultatet?', 'Does the proposal contain objectively verifiable indicators for the results?'),
      ],
    },
    {
      key: '4',
      name: { sq: 'Qëndrueshmëria', en: 'Sustainability' },
      maxScore: 15,
      passThreshold: null,
      criteria: [
        criterion('4.1', 'A ka gjasa që veprimi të ketë ndikim të prekshëm te grupet e synuara?', 'Is the action likely to have a tangible impact on its target groups?'),
        criterion('4.2', 'A ka gjasa që veprimi të ketë efekte shumëfishuese (përsëritje, zgjerim, shkëmbim përvojash)?', 'Is the action likely to have multiplier effects (replication, extension, sharing of experience)?'),
        criterion('4.3', 'A janë rezultatet e pritshme të qëndrueshme financiarisht dhe institucionalisht?', 'Are the expected results financially and institutionally sustainable?'),
      ],
    },
    {
      key: '5',
      name: { sq: 'Buxheti dhe efektiviteti i kostos', en: 'Budget and cost-effectiveness' },
      maxScore: 15,
      passThreshold: null,
      criteria: [
        criterion('5.1', 'A është raporti ndërmjet kostove dhe rezultateve të pritshme i kënaqshëm?', 'Is the ratio between the estimated costs and the expected results satisfactory?'),
        criterion('5.2', 'A janë shpenzimet e propozuara të nevojshme për zbatimin e veprimit?', 'Is the proposed expenditure necessary for implementing the action?', 2),
      ],
    },
  ],
};
