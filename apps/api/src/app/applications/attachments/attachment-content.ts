import type { Readable } from 'node:stream';
import { ATTACHMENT_TYPES, type AttachmentType } from '@skema/contracts';
import { fileTypeFromBuffer, fileTypeFromStream } from 'file-type';

/** What a file is by its bytes: one of the types a call may ask for, and the MIME type it is served with. */
export interface DetectedContent {
  type: AttachmentType;
  contentType: string;
}

/** The MIME type each accepted type is served with (whatever the uploader's browser claimed). */
export const ATTACHMENT_CONTENT_TYPES: Record<AttachmentType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  jpg: 'image/jpeg',
  png: 'image/png',
};

/** Names people read in messages ("accepted only as PDF, XLSX"). */
export const ATTACHMENT_TYPE_LABELS: Record<AttachmentType, string> = {
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  xlsx: 'Excel (XLSX)',
  odt: 'OpenDocument (ODT)',
  ods: 'OpenDocument (ODS)',
  jpg: 'JPEG',
  png: 'PNG',
};

const EXTENSIONS: Record<string, AttachmentType> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  odt: 'odt',
  ods: 'ods',
  jpg: 'jpg',
  jpeg: 'jpg',
  png: 'png',
};

const isAttachmentType = (ext: string): ext is AttachmentType => (ATTACHMENT_TYPES as readonly string[]).includes(ext);

/**
 * The type by content (magic bytes; for DOCX/XLSX/ODT/ODS the entries of the zip), or null for
 * anything else, including macro-enabled Office files and plain zips. Reads only as far as needed.
 */
export async function detectAttachmentContent(content: Readable | Uint8Array): Promise<DetectedContent | null> {
  const found = content instanceof Uint8Array ? await fileTypeFromBuffer(content) : await fileTypeFromStream(content);
  if (!found || !isAttachmentType(found.ext)) return null;
  return { type: found.ext, contentType: ATTACHMENT_CONTENT_TYPES[found.ext] };
}

/** The file name's extension, lower-case without the dot; '' when it has none ("Raporti 2025. Final"). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  return /^[a-z0-9]{1,10}$/.test(extension) ? extension : '';
}

/** Whether a name's extension tells the truth about the content (`.jpeg` is a JPEG too). */
export function extensionMatches(fileName: string, type: AttachmentType): boolean {
  return EXTENSIONS[extensionOf(fileName)] === type;
}
