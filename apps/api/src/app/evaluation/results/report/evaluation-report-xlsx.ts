import type { Locale, LotRankingDto } from '@skema/contracts';
import ExcelJS from 'exceljs';
import { formatTiraneTime } from '../../../applications/receipts/receipt-document';
import {
  type EvaluationReportData,
  failureText,
  lotName,
  lotStateText,
  type LotWritten,
  outcomeText,
  partsOf,
  thresholdsOf,
} from './evaluation-report-data';
import { EVALUATION_REPORT_TEXTS } from './evaluation-report-texts';

/** Euros with cents, the symbol where each language writes it; separators follow the reader's Excel. */
const MONEY_FORMAT: Record<Locale, string> = { sq: '#,##0.00 "€"', en: '"€"#,##0.00' };
const SCORE_FORMAT = '0.00';

type Cell = string | number | null;

/**
 * The report as a workbook: a summary sheet, then one sheet per lot. Numbers are numbers, so the
 * committee can sort and sum: money in euros formatted as EUR, scores in points with two decimals.
 * `onLot` is told as each lot's sheet is written.
 */
export async function renderEvaluationReportXlsx(
  data: EvaluationReportData,
  locale: Locale,
  onLot: LotWritten = async () => undefined,
): Promise<Buffer> {
  const t = EVALUATION_REPORT_TEXTS[locale];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Skema';
  workbook.created = data.generatedAt;
  workbook.modified = data.generatedAt;
  workbook.title = `${t.title} ${data.call.reference}`;
  summarySheet(workbook, data, locale);
  for (const [index, lot] of data.lots.entries()) {
    lotSheet(workbook, data, lot, locale);
    await onLot(index, data.lots.length);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const euros = (cents: number | null): Cell => (cents === null ? null : cents / 100);
const points = (hundredths: number | null): Cell => (hundredths === null ? null : hundredths / 100);

function summarySheet(workbook: ExcelJS.Workbook, data: EvaluationReportData, locale: Locale): void {
  const t = EVALUATION_REPORT_TEXTS[locale];
  const sheet = workbook.addWorksheet(t.summary);
  sheet.addRow([`${t.title} ${data.call.reference}`]).font = { bold: true, size: 14 };
  sheet.addRow([t.call, `${data.call.reference} — ${data.call.title}`]);
  sheet.addRow([t.preparedOn, formatTiraneTime(data.generatedAt, locale, 'minutes')]);
  sheet.addRow([
    data.call.resultsPublishedAt
      ? t.published(formatTiraneTime(data.call.resultsPublishedAt, locale, 'minutes'))
      : t.notPublished,
  ]);
  sheet.addRow([]);
  header(
    sheet.addRow([
      t.lot,
      t.envelope,
      t.allocated,
      t.remaining,
      t.selectedCount,
      t.reserveCount,
      t.rejectedCount,
      t.blockedCount,
      t.state,
    ]),
  );
  for (const lot of data.lots) {
    const { ranked, rejected, blocked } = partsOf(lot);
    const row = sheet.addRow([
      lotName(lot.regionCode, locale),
      euros(lot.envelopeCents),
      euros(lot.allocatedCents),
      euros(lot.remainingCents),
      ranked.filter((e) => e.outcome === 'selected').length,
      ranked.filter((e) => e.outcome === 'reserve').length,
      rejected.length,
      blocked.length,
      lotStateText(lot, locale),
    ]);
    for (const column of [2, 3, 4]) row.getCell(column).numFmt = MONEY_FORMAT[locale];
  }
  widths(sheet, [22, 16, 16, 16, 14, 16, 14, 18, 60]);
}

function lotSheet(workbook: ExcelJS.Workbook, data: EvaluationReportData, lot: LotRankingDto, locale: Locale): void {
  const t = EVALUATION_REPORT_TEXTS[locale];
  const sections = data.grid.sections;
  const sheet = workbook.addWorksheet(lotName(lot.regionCode, locale));
  sheet.addRow([`${t.lot}: ${lotName(lot.regionCode, locale)}`]).font = { bold: true, size: 13 };
  for (const [label, cents] of [
    [t.envelope, lot.envelopeCents],
    [t.allocated, lot.allocatedCents],
    [t.remaining, lot.remainingCents],
  ] as const) {
    sheet.addRow([label, euros(cents)]).getCell(2).numFmt = MONEY_FORMAT[locale];
  }
  sheet.addRow([t.state, lotStateText(lot, locale)]);
  sheet.addRow([]);
  header(sheet.addRow([t.thresholds]));
  for (const { label, threshold } of thresholdsOf(data.grid, locale)) {
    sheet.addRow([label, points(threshold)]).getCell(2).numFmt = SCORE_FORMAT;
  }
  sheet.addRow([]);

  const { ranked, rejected, blocked } = partsOf(lot);
  sheet.addRow([t.ranking]).font = { bold: true };
  header(
    sheet.addRow([
      t.rank,
      t.reference,
      t.organisation,
      ...sections.map((s) => `${s.key}. ${s.name[locale]}`),
      t.total,
      t.requested,
      t.award,
      t.outcome,
      t.reserveRank,
    ]),
  );
  const first = 4;
  for (const e of ranked) {
    const row = sheet.addRow([
      e.rank,
      e.reference,
      e.organisationName,
      ...sections.map((s) => points(e.sectionScores?.[s.key] ?? null)),
      points(e.total),
      euros(e.requestedGrantCents),
      euros(e.awardCents),
      e.reduced ? `${outcomeText(e, locale)} (${t.award.toLowerCase()} ${t.reduced})` : outcomeText(e, locale),
      e.reserveRank,
    ]);
    for (let c = first; c <= first + sections.length; c++) row.getCell(c).numFmt = SCORE_FORMAT;
    for (const c of [first + sections.length + 1, first + sections.length + 2])
      row.getCell(c).numFmt = MONEY_FORMAT[locale];
  }
  if (ranked.length === 0) sheet.addRow([t.none]);
  sheet.addRow([]);

  sheet.addRow([t.rejected]).font = { bold: true };
  header(sheet.addRow([t.reference, t.organisation, t.total, t.failedThresholds]));
  for (const e of rejected) {
    const failures = e.failures.map((f) => failureText(f, data.grid, locale)).join('; ');
    sheet.addRow([e.reference, e.organisationName, points(e.total), failures]).getCell(3).numFmt = SCORE_FORMAT;
  }
  if (rejected.length === 0) sheet.addRow([t.none]);
  sheet.addRow([]);

  sheet.addRow([t.blocked]).font = { bold: true };
  header(sheet.addRow([t.reference, t.organisation, t.reason]));
  for (const e of blocked) sheet.addRow([e.reference, e.organisationName, outcomeText(e, locale)]);
  if (blocked.length === 0) sheet.addRow([t.none]);
  widths(sheet, [16, 20, 36, ...sections.map(() => 14), 12, 18, 18, 34, 14]);
}

function header(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'top' };
}

function widths(sheet: ExcelJS.Worksheet, values: number[]): void {
  values.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
}
