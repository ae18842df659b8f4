import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where tools/e2e-server.mjs has the API write e-mails (one RFC 822 `.eml` file per message). */
export const MAIL_DIR = process.env['E2E_MAIL_DIR'] ?? join(__dirname, '../../../tmp/e2e-mail');

export interface ReceivedMail {
  readonly file: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** The whole message as written, for what the fields above leave out (attachments). */
  readonly raw: string;
}

/** Quoted-printable as nodemailer writes it: soft line breaks (`=` at line end) and `=XX` bytes. */
function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words in headers (`=?UTF-8?Q?...?=`). */
function decodeHeader(value: string): string {
  return value.replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_, text: string) => decodeQuotedPrintable(text.replace(/_/g, ' ')));
}

function parse(file: string): ReceivedMail {
  const raw = readFileSync(join(MAIL_DIR, file), 'utf8');
  const header = (name: string) => new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, 'mi').exec(raw)?.[1]?.replace(/\r?\n[ \t]/g, ' ') ?? '';
  const plain = /Content-Type: text\/plain[^]*?\r?\n\r?\n([^]*?)\r?\n--/i.exec(raw)?.[1] ?? '';
  return { file, to: header('To'), subject: decodeHeader(header('Subject')), text: decodeQuotedPrintable(plain), raw };
}

/**
 * The newest e-mail of a kind sent to an address, waiting for the queue worker to write it. Files are
 * named `<ISO time>-<outbox id>-<kind>.eml`, so their names sort by time.
 */
export async function latestMail(to: string, kind: string, timeoutMs = 30_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let names: string[] = [];
    try {
      names = readdirSync(MAIL_DIR).filter((name) => name.endsWith(`-${kind}.eml`));
    } catch {
      // The directory appears with the first e-mail.
    }
    const mail = names
      .sort()
      .reverse()
      .map(parse)
      .find((candidate) => candidate.to.toLowerCase().includes(to.toLowerCase()));
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no ${kind} e-mail to ${to} in ${MAIL_DIR}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The portal path (and query) of the first link in the mail to `route`, whatever host PUBLIC_URL names. */
export function portalLink(mail: ReceivedMail, route: string): string {
  const match = new RegExp(`https?://[^\\s/]+(${route.replace(/[?]/g, '\\?')}[^\\s"<>]*)`).exec(mail.text);
  if (!match) throw new Error(`no link to ${route} in ${mail.file}:\n${mail.text}`);
  return match[1];
}

/** The attached files of a message: each part's file name, content type and decoded bytes. */
export function attachments(mail: ReceivedMail): { fileName: string; contentType: string; content: Buffer }[] {
  const found: { fileName: string; contentType: string; content: Buffer }[] = [];
  for (const part of mail.raw.split(/\r?\n--[^\r\n]+\r?\n/)) {
    const disposition = /Content-Disposition: attachment;\s*filename="?([^"\r\n]+)"?/i.exec(part);
    if (!disposition) continue;
    const contentType = /Content-Type: ([^;\r\n]+)/i.exec(part)?.[1] ?? '';
    const body = part.split(/\r?\n\r?\n/).slice(1).join('\n').replace(/\s+/g, '').replace(/--.*$/, '');
    found.push({ fileName: disposition[1], contentType, content: Buffer.from(body, 'base64') });
  }
  return found;
}
