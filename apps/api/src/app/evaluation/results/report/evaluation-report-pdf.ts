import type { Locale, LotRankingDto } from '@skema/contracts';
import type { Content, TableCell, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { formatEuros, formatTiraneTime } from '../../../applications/receipts/receipt-document';
import {
  type EvaluationReportData,
  failureText,
  formatScore,
  lotName,
  lotStateText,
  type LotWritten,
  outcomeText,
  partsOf,
  thresholdsOf,
} from './evaluation-report-data';
import { EVALUATION_REPORT_TEXTS } from './evaluation-report-texts';

// As in receipt-pdf.ts: pdfmake's export is an instance whose methods live on its prototype, so it is
// required as it is; its font module names the Roboto files from its own folder.
import pdfmake = require('pdfmake');
const FONTS = require('pdfmake/fonts/Roboto') as TFontDictionary;
const FONT_FILES = new Set(Object.values(FONTS).flatMap((font) => Object.values(font) as string[]));

const BLUE = '#1f4e79';
const GREY = '#555555';

/**
 * The report's PDF: A4 landscape (the ranking table is wide), one part per lot, each on its own page.
 * As for receipts, pdfmake may read only the font files and fetch no URL: the texts come from
 * applications. `onLot` is told as each lot's part is laid out.
 */
export async function renderEvaluationReportPdf(
  data: EvaluationReportData,
  locale: Locale,
  onLot: LotWritten = async () => undefined,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const lots: Content[] = [];
  for (const [index, lot] of data.lots.entries()) {
    lots.push(lotPart(data, lot, locale, index > 0));
    await onLot(index, data.lots.length);
  }
  pdfmake.setFonts(FONTS);
  pdfmake.setLocalAccessPolicy((path) => FONT_FILES.has(path));
  pdfmake.setUrlAccessPolicy(() => false);
  const document = {
    ...evaluationReportDocument(data, locale, lots),
    ...(options.compress === undefined ? {} : { compress: options.compress }),
  };
  return pdfmake.createPdf(document).getBuffer();
}

/** The whole document; `lots` are the lots' parts (made by `lotPart` when not given). */
export function evaluationReportDocument(
  data: EvaluationReportData,
  locale: Locale,
  lots: Content[] = data.lots.map((lot, index) => lotPart(data, lot, locale, index > 0)),
): TDocumentDefinitions {
  const t = EVALUATION_REPORT_TEXTS[locale];
  const published = data.call.resultsPublishedAt
    ? t.published(formatTiraneTime(data.call.resultsPublishedAt, locale, 'minutes'))
    : t.notPublished;
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [40, 40, 40, 48],
    info: {
      title: `${t.title} ${data.call.reference}`,
      subject: data.call.reference,
      author: 'Skema',
      creator: 'Skema',
      producer: 'Skema',
      creationDate: data.generatedAt,
    },
    language: locale,
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    footer: (page: number, pages: number) => ({ text: t.footer(data.call.reference, page, pages), style: 'footer' }),
    content: [
      { text: 'Skema', style: 'brand' },
      { text: t.title, style: 'title' },
      {
        text: [
          { text: `${t.call}: `, style: 'label' },
          { text: data.call.reference, bold: true },
          ` — ${data.call.title}`,
        ],
      },
      {
        text: [
          { text: `${t.preparedOn}: `, style: 'label' },
          `${formatTiraneTime(data.generatedAt, locale, 'minutes')}. ${published}`,
        ],
        margin: [0, 2, 0, 8],
      },
      { text: t.sections, style: 'label' },
      {
        ul: data.grid.sections.map((s) => `${s.key}. ${s.name[locale]} (${s.maxScore} ${t.points})`),
        margin: [0, 2, 0, 0],
      },
      ...lots,
    ],
    styles: {
      brand: { fontSize: 18, bold: true, color: BLUE },
      title: { fontSize: 15, bold: true, margin: [0, 4, 0, 6] },
      lot: { fontSize: 13, bold: true, color: BLUE, margin: [0, 14, 0, 6] },
      heading: { fontSize: 10.5, bold: true, margin: [0, 10, 0, 4] },
      label: { color: GREY },
      header: { bold: true, fillColor: '#eef2f7' },
      amount: { alignment: 'right' },
      note: { italics: true, color: GREY, margin: [0, 4, 0, 0] },
      footer: { fontSize: 8, color: GREY, alignment: 'center', margin: [0, 16, 0, 0] },
    },
  };
}

/** One lot: its money and state, the thresholds, the ranking, the rejected and the blocked. */
export function lotPart(data: EvaluationReportData, lot: LotRankingDto, locale: Locale, pageBreak: boolean): Content {
  const t = EVALUATION_REPORT_TEXTS[locale];
  const { ranked, rejected, blocked } = partsOf(lot);
  const money = (cents: number | null) => ({
    text: cents === null ? '—' : formatEuros(cents, locale),
    style: 'amount',
  });
  const thresholds = thresholdsOf(data.grid, locale);
  return {
    stack: [
      {
        text: `${t.lot}: ${lotName(lot.regionCode, locale)}`,
        style: 'lot',
        ...(pageBreak ? { pageBreak: 'before' } : {}),
      },
      {
        table: {
          widths: [160, 120],
          body: [
            [{ text: t.envelope, style: 'label' }, money(lot.envelopeCents)],
            [{ text: t.allocated, style: 'label' }, money(lot.allocatedCents)],
            [{ text: t.remaining, style: 'label' }, money(lot.remainingCents)],
          ],
        },
        layout: 'noBorders',
      },
      { text: `${t.state}: ${lotStateText(lot, locale)}`, style: 'note' },
      headed(
        t.thresholds,
        thresholds.length === 0
          ? { text: t.noThresholds }
          : { ul: thresholds.map((th) => `${th.label}: ${formatScore(th.threshold, locale)}`) },
        thresholds.length,
      ),
      headed(
        t.ranking,
        lot.entries.length === 0 ? { text: t.noApplications } : rankingTable(data, ranked, locale),
        ranked.length,
      ),
      headed(
        t.rejected,
        rejected.length === 0
          ? { text: t.none }
          : table(
              ['auto', '*', 'auto', '*'],
              [t.reference, t.organisation, t.total, t.failedThresholds],
              rejected.map((e) => [
                reference(e.reference),
                e.organisationName,
                { text: formatScore(e.total, locale), style: 'amount' },
                e.failures.map((f) => failureText(f, data.grid, locale)).join('\n'),
              ]),
            ),
        rejected.length,
      ),
      headed(
        t.blocked,
        blocked.length === 0
          ? { text: t.none }
          : table(
              ['auto', '*', '*'],
              [t.reference, t.organisation, t.reason],
              blocked.map((e) => [reference(e.reference), e.organisationName, outcomeText(e, locale)]),
            ),
        blocked.length,
      ),
    ],
  };
}

function rankingTable(data: EvaluationReportData, ranked: LotRankingDto['entries'], locale: Locale): Content {
  const t = EVALUATION_REPORT_TEXTS[locale];
  if (ranked.length === 0) return { text: t.none };
  const sections = data.grid.sections;
  const score = (value: number | null) => ({ text: formatScore(value, locale), style: 'amount' });
  const money = (cents: number | null) => ({
    text: cents === null ? '—' : formatEuros(cents, locale),
    style: 'amount',
  });
  return table(
    ['auto', 'auto', '*', ...sections.map(() => 'auto'), 'auto', 'auto', 'auto', 'auto'],
    [t.rank, t.reference, t.organisation, ...sections.map((s) => s.key), t.total, t.requested, t.award, t.outcome],
    ranked.map((e) => [
      String(e.rank),
      reference(e.reference),
      e.organisationName,
      ...sections.map((s) => score(e.sectionScores?.[s.key] ?? null)),
      { ...score(e.total), bold: true },
      money(e.requestedGrantCents),
      e.reduced
        ? { stack: [money(e.awardCents), { text: t.reduced, style: 'label', alignment: 'right' }] }
        : money(e.awardCents),
      outcomeText(e, locale),
    ]),
  );
}

/** Rows that surely fit on one page with their heading. */
const SHORT = 20;

/**
 * A heading with what it heads. A short part moves to the next page whole rather than leave its
 * heading alone at the foot of one; a long table breaks, repeating its header row.
 */
function headed(title: string, content: Content, rows: number): Content {
  return { stack: [{ text: title, style: 'heading' }, content], unbreakable: rows <= SHORT };
}

/** A reference is read and searched whole: never broken at its hyphens. */
const reference = (value: string | null): TableCell => ({ text: value ?? '—', noWrap: true });

function table(widths: (string | number)[], header: string[], rows: TableCell[][]): Content {
  return {
    table: {
      headerRows: 1,
      // The header row never stands alone at the foot of a page.
      keepWithHeaderRows: 1,
      widths,
      body: [header.map((text) => ({ text, style: 'header' })), ...rows],
    },
    layout: 'lightHorizontalLines',
  };
}
