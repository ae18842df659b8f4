/** A message as MailTransport writes it to MAIL_DIR, read the way a mail client would. */
export interface ReadEml {
  headers: string;
  subject: string;
  attachments: { fileName: string; contentType: string; content: Buffer }[];
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`), adjacent ones joined before decoding. */
function decodeHeader(value: string): string {
  const words = value.replace(/\?=\s+=\?/g, '?==?');
  return words.replace(/(=\?UTF-8\?[QB]\?[^?]*\?=)+/gi, (run) => {
    const bytes = [...run.matchAll(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi)].map(([, encoding, text]) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1'),
    );
    return Buffer.concat(bytes).toString('utf8');
  });
}

export function readEml(raw: string): ReadEml {
  const headers = raw.split('\r\n\r\n', 1)[0];
  const header = (name: string) => new RegExp(`^${name}: (.*(?:\\r\\n[ \\t].*)*)`, 'mi').exec(headers)?.[1]?.replace(/\r\n[ \t]/g, ' ') ?? '';
  const attachments: ReadEml['attachments'] = [];
  for (const part of raw.split(/\r\n--[^\r\n]+\r\n/)) {
    const disposition = /^Content-Disposition: attachment;\s*filename="?([^"\r\n]+)"?/im.exec(part);
    if (!disposition) continue;
    const contentType = /^Content-Type: ([^;\r\n]+)/im.exec(part)?.[1] ?? '';
    const body = part.slice(part.indexOf('\r\n\r\n') + 4).split(/\r\n--/)[0];
    attachments.push({ fileName: disposition[1], contentType, content: Buffer.from(body.replace(/\s+/g, ''), 'base64') });
  }
  return { headers, subject: decodeHeader(header('Subject')), attachments };
}
