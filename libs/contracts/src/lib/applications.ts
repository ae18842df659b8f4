import type { AttachmentType } from './calls';
import type { RegionCode } from './regions';
import type { ApplicationStatus } from './states';

/**
 * The sections of an application form (DESIGN §3 / issue 4). Each saves on its own, with its own
 * version, so two colleagues editing different sections never collide and the same section never
 * silently overwrites.
 */
export const APPLICATION_SECTIONS = [
  'summary',
  'problem',
  'objectives',
  'logframe',
  'beneficiaries',
  'partners',
  'budget',
] as const;
export type ApplicationSectionKey = (typeof APPLICATION_SECTIONS)[number];

export const APPLICATION_LIMITS = {
  /** A section's JSON, serialised: generous for text, far from a denial of service. */
  sectionMaxBytes: 200_000,
} as const;

export interface ApplicationSectionDto {
  key: ApplicationSectionKey;
  /** The section's content as the portal's form wrote it; null until first saved. */
  content: Record<string, unknown> | null;
  /** Send it back when saving; a stale one is refused with 409 `section_conflict`. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface ApplicationDto {
  id: string;
  call: { id: string; reference: string; deadline: string };
  lot: { id: string; regionCode: RegionCode };
  organisation: { id: string; legalName: string };
  status: ApplicationStatus;
  /** e.g. SK-2026-KUK-0007, given at submission. */
  reference: string | null;
  sections: ApplicationSectionDto[];
  /** Uploaded documents, at most one per required attachment of the call. */
  attachments: ApplicationAttachmentDto[];
  /** The submission receipt (PDF): null for a draft; `pending` until the background job made it. */
  receipt: ApplicationReceiptDto | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}

export interface StartApplicationRequest {
  callId: string;
  regionCode: RegionCode;
}

export interface SaveSectionRequest {
  version: number;
  content: Record<string, unknown>;
}

/** One saved change of a section: who, when, which version. */
export interface ApplicationRevisionDto {
  section: ApplicationSectionKey;
  version: number;
  changedBy: string;
  changedAt: string;
}

/** One row of an applications list (the CSO's own, or staff's list of submitted ones). */
export interface ApplicationSummaryDto {
  id: string;
  reference: string | null;
  status: ApplicationStatus;
  call: { id: string; reference: string };
  regionCode: RegionCode;
  organisation: { id: string; legalName: string };
  submittedAt: string | null;
  updatedAt: string;
}

/** Two saved versions of one section, for "compare versions" in the draft's history. */
export interface ApplicationComparisonDto {
  section: ApplicationSectionKey;
  from: { version: number; content: Record<string, unknown>; changedAt: string };
  to: { version: number; content: Record<string, unknown>; changedAt: string };
  /** Top-level fields whose values differ. */
  changedFields: string[];
}

/**
 * One uploaded document. Upload: `POST /api/applications/:id/attachments/:requirementKey` as
 * multipart/form-data with one part named `file` (replaces the earlier file for that requirement);
 * download: `GET /api/applications/:id/attachments/:attachmentId/content` (always as a download);
 * delete: `DELETE /api/applications/:id/attachments/:attachmentId` (drafts only).
 */
export interface ApplicationAttachmentDto {
  id: string;
  /** The key of the call's required attachment this file answers. */
  requirementKey: string;
  /** The name the file had on the uploader's computer (sanitised). */
  fileName: string;
  /** The type recognised from the file's content (never from its name). */
  type: AttachmentType;
  contentType: string;
  sizeBytes: number;
  /** Hex SHA-256 of the stored bytes, frozen into the submission snapshot. */
  sha256: string;
  uploadedAt: string;
  uploadedBy: string;
}

export const RECEIPT_STATUSES = ['pending', 'ready'] as const;
export type ReceiptStatus = (typeof RECEIPT_STATUSES)[number];

/** Download: `GET /api/applications/:id/receipt` (PDF, 409 `receipt_pending` until ready). */
export interface ApplicationReceiptDto {
  status: ReceiptStatus;
  generatedAt: string | null;
  /** Hex SHA-256 of the PDF, once made. */
  sha256: string | null;
}
