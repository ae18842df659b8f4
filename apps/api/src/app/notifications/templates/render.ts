import { isEmailMandatory, type Locale, type NotificationKind, type Role } from '@skema/contracts';
import {
  EMAIL_FRAME,
  NOTIFICATION_TEMPLATES,
  type NotificationText,
  ROLE_LABELS,
  type TemplateFormat,
} from './notification-templates';

const TIME_ZONE = 'Europe/Tirane';

/** Where people choose which notifications come by e-mail (the portal's page). */
export const PREFERENCES_PATH = '/notifications/preferences';

export function templateFormat(locale: Locale): TemplateFormat {
  const dateTime = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
    // Albanian usage is the 24-hour clock ("7.3.2025, 10:05"), not ICU's "p.d." suffix.
    hourCycle: locale === 'sq' ? 'h23' : 'h12',
  });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return {
    dateTime: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
    },
    roles: (roles: readonly Role[]) => list.format(roles.map((role) => ROLE_LABELS[role]?.[locale] ?? role)),
  };
}

/** The texts of one notification in one language. Params come from jsonb, so they are trusted only as shaped. */
export function renderText(kind: NotificationKind, locale: Locale, params: unknown): NotificationText {
  const template = NOTIFICATION_TEMPLATES[kind][locale] as (p: unknown, f: TemplateFormat) => NotificationText;
  return template(params ?? {}, templateFormat(locale));
}

/** Title and body for the bell. */
export function renderInApp(kind: NotificationKind, locale: Locale, params: unknown): { title: string; body: string } {
  const text = renderText(kind, locale, params);
  return { title: text.subject, body: text.lines.join('\n') };
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface EmailContext {
  locale: Locale;
  /** The recipient's name for the greeting, when known. */
  name: string | null;
  /** A portal path, or null. */
  link: string | null;
  publicUrl: string;
}

export function absoluteUrl(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}

/** The whole e-mail: plain text (for every client) and simple, inline-styled HTML. */
export function renderEmail(kind: NotificationKind, params: unknown, context: EmailContext): RenderedEmail {
  const { locale, publicUrl } = context;
  const frame = EMAIL_FRAME[locale];
  const text = renderText(kind, locale, params);
  const url = context.link ? absoluteUrl(publicUrl, context.link) : null;
  const action = text.action ?? frame.open;
  const footer = isEmailMandatory(kind)
    ? frame.mandatory
    : `${frame.optional} ${absoluteUrl(publicUrl, PREFERENCES_PATH)}`;
  const greeting = frame.greeting(context.name);

  const plain = [greeting, ...text.lines, ...(url ? [`${action}: ${url}`] : []), frame.closing, `--\n${footer}`].join(
    '\n\n',
  );

  const paragraph = (line: string) => `<p style="margin:0 0 16px">${escapeHtml(line).replace(/\n/g, '<br>')}</p>`;
  const button = url
    ? `<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 18px;background:#1f4e79;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(action)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#555555">${escapeHtml(frame.copyLink)}<br>${escapeHtml(url)}</p>`
    : '';
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">`,
    `<title>${escapeHtml(text.subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">',
    '<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">',
    paragraph(greeting),
    ...text.lines.map(paragraph),
    button,
    paragraph(frame.closing),
    `<hr style="border:none;border-top:1px solid #dddddd;margin:24px 0 12px"><p style="margin:0;font-size:12px;color:#666666">${escapeHtml(footer)}</p>`,
    '</div></body></html>',
  ].join('');

  return { subject: text.subject, text: plain, html };
}

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}
