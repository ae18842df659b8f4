import { type Locale, REGION_NAMES, type RegionCode } from '@skema/contracts';
import { SCHEME_TIME_ZONE } from '@skema/domain';
import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { RECEIPT_TEXTS } from './receipt-texts';

/** What a receipt states: the frozen submission, plus the names it refers to. */
export interface ReceiptData {
  reference: string;
  call: { reference: string; title: string; deadline: Date };
  regionCode: RegionCode;
  organisation: { legalName: string; registrationNumber: string };
  submittedAt: Date;
  /** The display name of the person who submitted. */
  submittedBy: string;
  /** Derived from the snapshot's budget lines; null if the snapshot has none that add up. */
  budget: { totalCents: number; grantRequestedCents: number; cofinancingCents: number } | null;
  /** Each frozen document: the call's name for what it answers (when known), its file name and hash. */
  attachments: { requirement: string | null; fileName: string; sha256: string }[];
  /** The snapshot's SHA-256 (hex). */
  fingerprint: string;
}

const BLUE = '#1f4e79';
const GREY = '#555555';
/** A4 (595.28 pt) less 56 pt margins. */
const CONTENT_WIDTH = 483;

/** Thin rules between rows, none around: a form's lines rather than a grid. */
const ROWS: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => '#cccccc',
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

/** Money as each language writes it (GLOSSARY.md: `12 345,00 €`, `€12,345.00`). */
export function formatEuros(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'sq' ? 'sq-AL' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** A date and time in Tirana, e.g. `7 mars 2026 në 10:15:02` (seconds) or `30 prill 2026 në 17:00`. */
export function formatTiraneTime(date: Date, locale: Locale, precision: 'seconds' | 'minutes' = 'seconds'): string {
  return new Intl.DateTimeFormat(locale === 'sq' ? 'sq' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: precision === 'seconds' ? 'medium' : 'short',
    timeZone: SCHEME_TIME_ZONE,
    hourCycle: 'h23',
  }).format(date);
}

/**
 * The receipt as a pdfmake document: A4, one page for a usual application. Nothing in it depends on
 * when it is made (its creation date is the submission's), so the same submission gives the same bytes.
 */
export function receiptDocument(data: ReceiptData, locale: Locale): TDocumentDefinitions {
  const t = RECEIPT_TEXTS[locale];
  const submittedAt = formatTiraneTime(data.submittedAt, locale);
  const deadline = formatTiraneTime(data.call.deadline, locale, 'minutes');
  const row = (label: string, value: Content): TableCell[] => [{ text: label, style: 'label' }, value];
  return {
    pageSize: 'A4',
    pageMargins: [56, 48, 56, 64],
    info: {
      title: `${t.title} ${data.reference}`,
      subject: data.reference,
      author: 'Skema',
      creator: 'Skema',
      producer: 'Skema',
      creationDate: data.submittedAt,
    },
    language: locale,
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    footer: (page: number, pages: number) => ({ text: t.footer(data.reference, page, pages), style: 'footer' }),
    content: [
      {
        columns: [
          { text: 'Skema', style: 'brand', width: 'auto' },
          { text: t.tagline, style: 'tagline', width: '*' },
        ],
        columnGap: 16,
      },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1.5, lineColor: BLUE }], margin: [0, 8, 0, 24] },
      { text: t.title, style: 'title' },
      { text: t.reference, style: 'label' },
      { text: data.reference, style: 'reference' },
      {
        table: {
          widths: [150, '*'],
          body: [
            row(t.call, { text: [{ text: data.call.reference, bold: true }, ` — ${data.call.title}`] }),
            row(t.lot, `${REGION_NAMES[data.regionCode][locale]} (${data.regionCode})`),
            row(t.organisation, data.organisation.legalName),
            row(t.nuis, data.organisation.registrationNumber),
            row(t.submittedAt, `${submittedAt} (${t.timeZone})`),
            row(t.submittedBy, data.submittedBy),
          ],
        },
        layout: ROWS,
      },
      ...budgetSection(data, locale),
      ...attachmentsSection(data, locale),
      { text: t.fingerprint, style: 'heading' },
      { text: data.fingerprint, style: 'hash' },
      { text: t.statement(submittedAt, deadline), style: 'statement' },
    ],
    styles: {
      brand: { fontSize: 22, bold: true, color: BLUE },
      tagline: { fontSize: 10, color: GREY, alignment: 'right', margin: [0, 9, 0, 0] },
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 12] },
      label: { fontSize: 9, color: GREY },
      reference: { fontSize: 26, bold: true, color: BLUE, margin: [0, 0, 0, 16] },
      heading: { fontSize: 12, bold: true, margin: [0, 18, 0, 6] },
      amount: { alignment: 'right' },
      hash: { fontSize: 9, characterSpacing: 0.3 },
      smallHash: { fontSize: 7, color: GREY },
      statement: { margin: [0, 24, 0, 0], lineHeight: 1.35 },
      footer: { fontSize: 8, color: GREY, alignment: 'center', margin: [0, 24, 0, 0] },
    },
  };
}

function budgetSection(data: ReceiptData, locale: Locale): Content[] {
  if (!data.budget) return [];
  const t = RECEIPT_TEXTS[locale];
  const amount = (cents: number, bold = false) => ({ text: formatEuros(cents, locale), style: 'amount', bold });
  return [
    { text: t.budget, style: 'heading' },
    {
      table: {
        widths: ['*', 150],
        body: [
          [{ text: t.totalCost }, amount(data.budget.totalCents)],
          [{ text: t.grantRequested, bold: true }, amount(data.budget.grantRequestedCents, true)],
          [{ text: t.cofinancing }, amount(data.budget.cofinancingCents)],
        ],
      },
      layout: ROWS,
    },
  ];
}

function attachmentsSection(data: ReceiptData, locale: Locale): Content[] {
  const t = RECEIPT_TEXTS[locale];
  if (data.attachments.length === 0) return [{ text: t.attachments, style: 'heading' }, { text: t.noAttachments }];
  return [
    { text: t.attachments, style: 'heading' },
    {
      table: {
        headerRows: 1,
        widths: ['*', 'auto'],
        body: [
          [{ text: t.file, style: 'label' }, { text: 'SHA-256', style: 'label' }],
          ...data.attachments.map((a) => [
            { stack: [...(a.requirement ? [{ text: a.requirement, style: 'label' }] : []), { text: a.fileName }] },
            { text: a.sha256, style: 'smallHash' },
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
  ];
}
