import { type LotRankingDto, PRAG_FULL_APPLICATION_GRID, type RankingEntryDto } from '@skema/contracts';
import ExcelJS from 'exceljs';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type EvaluationReportData, failureText, formatScore } from './evaluation-report-data';
import { evaluationReportDocument, renderEvaluationReportPdf } from './evaluation-report-pdf';
import { renderEvaluationReportXlsx } from './evaluation-report-xlsx';

const EUR = 100;

const entry = (over: Partial<RankingEntryDto>): RankingEntryDto => ({
  applicationId: 'x',
  reference: 'SK-2026-KUK-0001',
  organisationName: 'Shoqata “Jeta”',
  submittedAt: '2026-03-01T10:00:00.000Z',
  outcome: 'selected',
  rank: 1,
  reserveRank: null,
  requestedGrantCents: 36_000 * EUR,
  awardCents: 36_000 * EUR,
  reduced: false,
  total: 7_133,
  relevance: 2_500,
  sectionScores: { '1': 1_500, '2': 2_500, '3': 1_133, '4': 1_000, '5': 1_000 },
  failures: [],
  ...over,
});

const KUK: LotRankingDto = {
  lotId: 'kuk',
  regionCode: 'KUK',
  envelopeCents: 50_000 * EUR,
  allocatedCents: 30_000 * EUR,
  remainingCents: 20_000 * EUR,
  provisional: false,
  confirmedAt: '2026-05-04T08:00:00.000Z',
  confirmedBy: 'pm',
  stale: false,
  entries: [
    entry({ awardCents: 30_000 * EUR, reduced: true }),
    entry({
      applicationId: 'y',
      reference: 'SK-2026-KUK-0002',
      outcome: 'reserve',
      rank: 2,
      reserveRank: 1,
      total: 6_500,
    }),
    entry({
      applicationId: 'z',
      reference: 'SK-2026-KUK-0003',
      outcome: 'rejected_threshold',
      rank: null,
      awardCents: null,
      total: 6_000,
      failures: [{ scope: 'section', sectionKey: '2', threshold: 2_000, score: 1_850 }],
    }),
    entry({
      applicationId: 'w',
      reference: 'SK-2026-KUK-0004',
      outcome: 'incomplete',
      rank: null,
      total: null,
      sectionScores: null,
    }),
  ],
};
const SAR: LotRankingDto = {
  ...KUK,
  lotId: 'sar',
  regionCode: 'SAR',
  entries: [],
  allocatedCents: 0,
  remainingCents: KUK.envelopeCents,
  confirmedAt: null,
};

const DATA: EvaluationReportData = {
  call: { reference: 'SK-2026-01', title: 'Punësimi i ish-viktimave', resultsPublishedAt: null },
  grid: PRAG_FULL_APPLICATION_GRID,
  generatedAt: new Date('2026-05-05T09:30:00Z'),
  lots: [KUK, SAR],
};

/** Every piece of text the document shows, in reading order. */
function textOf(doc: TDocumentDefinitions): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') parts.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      for (const key of ['text', 'stack', 'table', 'body', 'ul']) if (key in n) walk(n[key]);
    }
  };
  walk(doc.content as Content);
  return parts.join('\n');
}

describe('the evaluation report', () => {
  it('states each lot in Albanian: money, thresholds, ranking, the rejected and the incomplete', () => {
    const text = textOf(evaluationReportDocument(DATA, 'sq'));
    for (const expected of [
      'Raporti i vlerësimit',
      'SK-2026-01',
      'Loti: Kukës (KUK)',
      'Fondi i lotit',
      '50\u00a0000,00\u00a0€',
      'Seksioni 2: Rëndësia: 20,00',
      'Renditja',
      '71,33',
      'i ulur',
      'Listë rezervë (1)',
      'Rëndësia: 18,50 < 20,00',
      'Vlerësim i paplotë',
      'Loti: Sarandë (SAR)',
      'E pakonfirmuar',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('states it in English for English readers', () => {
    const text = textOf(evaluationReportDocument(DATA, 'en'));
    for (const expected of [
      'Evaluation report',
      'Budget envelope',
      '€50,000.00',
      'Reserve list (1)',
      'Relevance: 18.50 < 20.00',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Renditja');
  });

  it('formats scores with two decimals as each language writes them', () => {
    expect(formatScore(7_133, 'sq')).toBe('71,33');
    expect(formatScore(7_100, 'en')).toBe('71.00');
    expect(formatScore(null, 'en')).toBe('—');
    expect(failureText({ scope: 'overall', threshold: 5_000, score: 4_999 }, DATA.grid, 'en')).toBe(
      'Total: 49.99 < 50.00',
    );
  });

  it('is a PDF, landscape, titled with the call, telling each lot as it is laid out', async () => {
    const lots: number[] = [];
    const pdf = await renderEvaluationReportPdf(DATA, 'en', async (index) => void lots.push(index), {
      compress: false,
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('(SK-2026-01)');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 841.89 595.28]');
    expect(lots).toEqual([0, 1]);
  });

  it('is a workbook with a summary and a sheet per lot, numbers as numbers', async () => {
    const lots: number[] = [];
    const buffer = await renderEvaluationReportXlsx(DATA, 'sq', async (index) => void lots.push(index));
    expect(lots).toEqual([0, 1]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Përmbledhje', 'Kukës (KUK)', 'Sarandë (SAR)']);
    const summary = workbook.getWorksheet('Përmbledhje')!;
    const kukRow = summary.getRows(1, summary.rowCount)!.find((r) => r.getCell(1).value === 'Kukës (KUK)')!;
    expect([2, 3, 4, 5, 6, 7, 8].map((c) => kukRow.getCell(c).value)).toEqual([50_000, 30_000, 20_000, 1, 1, 1, 1]);
    expect(kukRow.getCell(2).numFmt).toBe('#,##0.00 "€"');

    const sheet = workbook.getWorksheet('Kukës (KUK)')!;
    const rows = sheet.getRows(1, sheet.rowCount)!;
    const first = rows.find((r) => r.getCell(2).value === 'SK-2026-KUK-0001')!;
    // Rank, reference, CSO, five sections, total, requested, award, outcome, reserve number.
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(4).value).toBe(15);
    expect(first.getCell(6).value).toBe(11.33);
    expect(first.getCell(9).value).toBe(71.33);
    expect(first.getCell(9).numFmt).toBe('0.00');
    expect(first.getCell(10).value).toBe(36_000);
    expect(first.getCell(11).value).toBe(30_000);
    expect(first.getCell(11).numFmt).toBe('#,##0.00 "€"');
    expect(first.getCell(12).value).toBe('Përzgjedhur (granti i dhënë i ulur)');
    const reserve = rows.find((r) => r.getCell(2).value === 'SK-2026-KUK-0002')!;
    expect([12, 13].map((c) => reserve.getCell(c).value)).toEqual(['Listë rezervë (1)', 1]);
    const rejected = rows.find((r) => r.getCell(1).value === 'SK-2026-KUK-0003')!;
    expect([3, 4].map((c) => rejected.getCell(c).value)).toEqual([60, 'Rëndësia: 18,50 < 20,00']);
    const blocked = rows.find((r) => r.getCell(1).value === 'SK-2026-KUK-0004')!;
    expect(blocked.getCell(3).value).toBe('Vlerësim i paplotë');
  });
});
