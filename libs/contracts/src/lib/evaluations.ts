/**
 * Scoring, consolidation, ranking, award decisions, results and the evaluation report (DESIGN §3,
 * decision 0015). Scores are whole points per criterion; consolidated scores and thresholds travel as
 * whole hundredths of a point (7133 = 71.33). Money is integer cents.
 */
import type { ApplicationStatus, CallStatus } from './states';
import type { EvaluationGridDto } from './calls';
import type { LocalizedText } from './locale';
import type { Locale } from './locale';
import type { RegionCode } from './regions';

export const EVALUATION_LIMITS = {
  commentMaxLength: 4000,
  moderationNoteMinLength: 10,
  moderationNoteMaxLength: 4000,
} as const;

/** A score sheet is a draft (saved, editable) until submitted, then locked. */
export const EVALUATION_STATUSES = ['draft', 'submitted'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export interface CriterionScoreDto {
  criterionKey: string;
  /** CRITERION_SCORE_MIN..the criterion's maxScore; null while a draft leaves it open. */
  score: number | null;
  comment: string | null;
}

/** Points of one sheet: per section key Σ score × weight, their sum, and whether every criterion is scored. */
export interface EvaluationPointsDto {
  sections: Record<string, number>;
  total: number;
  complete: boolean;
}

/** `PUT /api/evaluations/:assignmentId/scores`: the whole sheet as it stands (a draft). */
export interface SaveScoresRequest {
  scores: CriterionScoreDto[];
}

/** What an evaluator sees of their own sheet (only once the declaration is signed). */
export interface EvaluationSheetDto {
  assignmentId: string;
  applicationId: string;
  applicationReference: string | null;
  callId: string;
  callReference: string;
  lotRegionCode: RegionCode | string;
  grid: EvaluationGridDto;
  status: EvaluationStatus;
  scores: CriterionScoreDto[];
  points: EvaluationPointsDto;
  updatedAt: string | null;
  submittedAt: string | null;
}

export const CONSOLIDATION_STATUSES = ['incomplete', 'divergent', 'consolidated'] as const;
export type ConsolidationStatusDto = (typeof CONSOLIDATION_STATUSES)[number];
export type ConsolidationMethodDto = 'mean' | 'closest_scores' | 'moderation';

export interface ConsolidationDto {
  status: ConsolidationStatusDto;
  method: ConsolidationMethodDto | null;
  submittedCount: number;
  /** The assignments whose evaluations make the score. */
  countedAssignmentIds: string[];
  /** Hundredths per section key; null unless consolidated. */
  sectionScores: Record<string, number> | null;
  /** Hundredths; null unless consolidated. */
  total: number | null;
  /** Highest minus lowest submitted total, in points. */
  spreadPoints: number | null;
  divergent: boolean;
}

export interface ModerationDto {
  /** Hundredths per section key. */
  sectionScores: Record<string, number>;
  total: number;
  note: string;
  /** The programme manager's user id and name. */
  moderatedBy: string;
  moderatedByName: string;
  moderatedAt: string;
}

/** `PUT /api/applications/:id/moderation`: the committee's agreed scores (hundredths) and why. */
export interface SaveModerationRequest {
  sectionScores: Record<string, number>;
  note: string;
}

/** One evaluator's work on an application, as the programme manager sees it. */
export interface ApplicationEvaluationDto {
  assignmentId: string;
  evaluatorId: string;
  evaluatorName: string;
  /** `not_started`: signed but nothing saved; `pending_declaration`; `conflict`. */
  state: 'pending_declaration' | 'conflict' | 'not_started' | EvaluationStatus;
  scores: CriterionScoreDto[];
  points: EvaluationPointsDto | null;
  submittedAt: string | null;
}

/** `GET /api/applications/:id/evaluations` (programme manager): every sheet and the consolidation. */
export interface ApplicationEvaluationsDto {
  applicationId: string;
  applicationReference: string | null;
  organisationName: string;
  lotRegionCode: string;
  status: ApplicationStatus;
  grid: EvaluationGridDto;
  divergenceGapBp: number;
  evaluations: ApplicationEvaluationDto[];
  consolidation: ConsolidationDto;
  moderation: ModerationDto | null;
}

/** One row of `GET /api/calls/:id/consolidations` (filters: status, lotId, divergent; sorts below). */
export interface ConsolidationRowDto {
  applicationId: string;
  reference: string | null;
  organisationName: string;
  lotId: string;
  lotRegionCode: string;
  status: ApplicationStatus;
  assignedCount: number;
  submittedCount: number;
  consolidation: ConsolidationStatusDto;
  method: ConsolidationMethodDto | null;
  /** Hundredths. */
  total: number | null;
  spreadPoints: number | null;
  divergent: boolean;
}

export const CONSOLIDATION_SORTS = ['reference', '-reference', 'total', '-total', 'spread', '-spread'] as const;
export type ConsolidationSort = (typeof CONSOLIDATION_SORTS)[number];

/** `GET /api/calls/:id/evaluation-progress`: per lot and per evaluator. */
export interface EvaluationProgressDto {
  callId: string;
  callStatus: CallStatus;
  lots: {
    lotId: string;
    regionCode: string;
    applications: number;
    consolidated: number;
    divergent: number;
    incomplete: number;
  }[];
  evaluators: {
    evaluatorId: string;
    evaluatorName: string;
    assigned: number;
    pendingDeclaration: number;
    conflicts: number;
    drafts: number;
    submitted: number;
  }[];
}

export interface ThresholdFailureDto {
  scope: 'section' | 'overall';
  sectionKey?: string;
  /** Hundredths. */
  threshold: number;
  score: number;
}

export const RANKING_OUTCOMES = [
  'selected',
  'reserve',
  'rejected_threshold',
  'blocked_divergence',
  'incomplete',
] as const;
export type RankingOutcomeDto = (typeof RANKING_OUTCOMES)[number];

export interface RankingEntryDto {
  applicationId: string;
  reference: string | null;
  organisationName: string;
  submittedAt: string;
  outcome: RankingOutcomeDto;
  rank: number | null;
  reserveRank: number | null;
  requestedGrantCents: number;
  /** The confirmed (possibly reduced) award, else the grant requested; null when not ranked. */
  awardCents: number | null;
  reduced: boolean;
  /** Hundredths; null when not consolidated. */
  total: number | null;
  relevance: number | null;
  sectionScores: Record<string, number> | null;
  failures: ThresholdFailureDto[];
}

export interface LotRankingDto {
  lotId: string;
  regionCode: string;
  envelopeCents: number;
  allocatedCents: number;
  remainingCents: number;
  /** Some application is incomplete or divergent: a preview, not confirmable. */
  provisional: boolean;
  confirmedAt: string | null;
  confirmedBy: string | null;
  /** Confirmed, but the ranking computed now differs from what was confirmed (confirm again). */
  stale: boolean;
  entries: RankingEntryDto[];
}

/** `GET /api/calls/:id/ranking`. */
export interface CallRankingDto {
  callId: string;
  callReference: string;
  callStatus: CallStatus;
  grid: EvaluationGridDto;
  relevanceSectionKey: string;
  resultsPublishedAt: string | null;
  lots: LotRankingDto[];
}

/** `POST /api/calls/:id/lots/:lotId/ranking/confirm`: reduced awards (never above the request). */
export interface ConfirmLotRankingRequest {
  awards: { applicationId: string; awardCents: number }[];
}

export const RESULT_OUTCOMES = ['selected', 'reserve', 'rejected', 'ineligible'] as const;
export type ResultOutcome = (typeof RESULT_OUTCOMES)[number];

/** `GET /api/applications/:id/result`: after publication, for the CSO and programme managers. */
export interface ApplicationResultDto {
  applicationId: string;
  reference: string | null;
  outcome: ResultOutcome;
  publishedAt: string;
  rank: number | null;
  reserveRank: number | null;
  requestedGrantCents: number;
  awardCents: number | null;
  /** Hundredths; null when never consolidated (ineligible). */
  total: number | null;
  /** How the scores were reached: the evaluators' mean, the two closest, or the committee's moderation. */
  method: ConsolidationMethodDto | null;
  maxScore: number;
  passThreshold: number | null;
  sections: {
    key: string;
    title: LocalizedText;
    /** Hundredths. */
    score: number | null;
    maxScore: number;
    passThreshold: number | null;
  }[];
  failures: ThresholdFailureDto[];
  /** Evaluators are anonymous: numbered 1, 2, 3 in a stable order, never named. */
  comments: {
    evaluator: number;
    criteria: {
      sectionKey: string;
      criterionKey: string;
      title: LocalizedText;
      score: number;
      maxScore: number;
      comment: string;
    }[];
  }[];
}

export const EXPORT_FORMATS = ['pdf', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_KINDS = ['evaluation_report'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/** `POST /api/calls/:id/evaluation-report`. */
export interface EvaluationReportRequest {
  format: ExportFormat;
  locale: Locale;
}

/** A background export: poll `GET /api/exports/:id`, download `GET /api/exports/:id/file` when done. */
export interface ExportJobDto {
  id: string;
  kind: ExportKind;
  format: ExportFormat;
  locale: Locale;
  status: ExportStatus;
  /** 0..100. */
  progress: number;
  fileName: string | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}
