import { CALL_LIMITS } from '@skema/contracts';

// Control characters, and the bidirectional overrides that make "statuti‮fdp.exe" read as "statutiexe.pdf".
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name to keep and offer on download: the last path segment only (some browsers send the whole
 * path), no control or direction characters, no leading dots, at most 200 characters with the
 * extension kept. Never used to build a storage path.
 */
export function sanitiseFileName(raw: string, maxLength: number = CALL_LIMITS.attachmentNameMaxLength): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const clean = base.replace(UNSAFE, '').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').trim();
  const chars = [...clean];
  if (chars.length <= maxLength) return clean;
  const dot = clean.lastIndexOf('.');
  const extension = dot > 0 ? [...clean.slice(dot)] : [];
  if (extension.length >= maxLength / 2) return chars.slice(0, maxLength).join('');
  return [...chars.slice(0, maxLength - extension.length), ...extension].join('').trim();
}

/**
 * `Content-Disposition` for a download, never inline: an ASCII fallback for old clients and the exact
 * name in RFC 5987 `filename*` (RFC 6266 §4.3).
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
