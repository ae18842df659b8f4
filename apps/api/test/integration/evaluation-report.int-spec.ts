import { randomUUID } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type ExportJobDto, PRAG_FULL_APPLICATION_GRID, type ProblemDetails } from '@skema/contracts';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { ExportsService } from '../../src/app/exports/exports.service';
import { createUser, type SignedInUser, signIn } from '../utils/auth';
import {
  assignAndSign,
  type CallInEvaluation,
  callInEvaluation,
  sheet,
  storeSubmittedSheet,
} from '../utils/evaluation';
import { waitFor } from '../utils/processes';
import { createTestApp, type TestApp } from '../utils/test-app';

const EUR = 100;

/**
 * The text a PDF shows, in drawing order: pdfkit writes glyph ids of subset fonts (`<0001…> Tj/TJ`),
 * which each font's ToUnicode map turns back into characters. Enough for pdfmake's output.
 */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: string | null }>();
  const objectPattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (const [, id, body] of raw.matchAll(objectPattern)) {
    const at = body.indexOf('stream');
    if (at < 0) {
      objects.set(id, { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    const start = at + 'stream'.length + (body[at + 6] === '\r' ? 2 : 1);
    const bytes = Buffer.from(body.slice(start, body.lastIndexOf('endstream')), 'latin1');
    const stream = dict.includes('/FlateDecode') ? inflateSync(bytes).toString('latin1') : bytes.toString('latin1');
    objects.set(id, { dict, stream });
  }
  const cmapOf = (cmap: string) => {
    const map = new Map<number, string>();
    const hex = (h: string) => parseInt(h, 16);
    // A ligature maps to several characters: `<0066 0069>` is "fi".
    const chars = (h: string) => String.fromCodePoint(...(h.replace(/\s/g, '').match(/.{4}/g) ?? []).map(hex));
    for (const [, from, , list] of cmap.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi)) {
      [...list.matchAll(/<([0-9a-f\s]+)>/gi)].forEach(([, u], i) => map.set(hex(from) + i, chars(u)));
    }
    for (const [, code, u] of cmap.matchAll(/^<([0-9a-f]{4})>\s*<([0-9a-f]+)>$/gim)) map.set(hex(code), chars(u));
    return map;
  };
  const fonts = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values()) {
    for (const [, name, ref] of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const toUnicode = objects.get(ref)?.dict.match(/\/ToUnicode (\d+) 0 R/)?.[1];
      const cmap = toUnicode ? objects.get(toUnicode)?.stream : null;
      if (cmap) fonts.set(name, cmapOf(cmap));
    }
  }
  // pdfmake draws word by word, each with its trailing space; a piece without one ends a line or a cell.
  let text = '';
  for (const { stream } of objects.values()) {
    if (!stream?.includes('BT')) continue;
    let font = new Map<number, string>();
    for (const [, name, shown] of stream.matchAll(/\/(F\d+) [\d.]+ Tf|(\[[^\]]*\]\s*TJ|<[0-9a-f]*>\s*Tj)/gi)) {
      if (name) font = fonts.get(name) ?? new Map();
      else {
        const glyphs = [...shown.matchAll(/<([0-9a-f]*)>/gi)].flatMap(([, h]) => h.match(/.{4}/g) ?? []);
        if (text && !text.endsWith(' ')) text += '\n';
        text += glyphs.map((g) => font.get(parseInt(g, 16)) ?? '?').join('');
      }
    }
  }
  return text;
}

/**
 * The evaluation report (DESIGN §3): a background export made by the worker (in this process, as the
 * receipts' tests run it), polled and downloaded by the programme manager who asked for it only.
 */
describe('the evaluation report, made by the worker', () => {
  let t: TestApp;
  let db: DataSource;
  let setup: CallInEvaluation;
  let otherManager: SignedInUser;
  const ids = { a: '', b: '', c: '' };
  const references = { a: '', b: '', c: '' };

  const inject = (method: 'GET' | 'POST', url: string, who: SignedInUser, payload?: object) =>
    t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
  const requestReport = async (format: 'pdf' | 'xlsx', locale: 'sq' | 'en') => {
    const res = await inject('POST', `/api/calls/${setup.call.id}/evaluation-report`, setup.manager, {
      format,
      locale,
    });
    expect(res.statusCode).toBe(202);
    return res.json<ExportJobDto>();
  };
  const exportOf = async (id: string, who: SignedInUser = setup.manager) =>
    (await inject('GET', `/api/exports/${id}`, who)).json<ExportJobDto>();
  const finished = async (id: string) => {
    let job: ExportJobDto | null = null;
    await waitFor(async () => {
      job = await exportOf(id);
      return job.status === 'done' || job.status === 'failed';
    }, 30_000);
    return job as unknown as ExportJobDto;
  };
  const download = (id: string, who: SignedInUser = setup.manager) => inject('GET', `/api/exports/${id}/file`, who);

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'true' });
    db = t.app.get<DataSource>(getDataSourceToken());
    setup = await callInEvaluation(t, ['KUK', 'KUK', 'TIR'], 2);
    [ids.a, ids.b, ids.c] = setup.applicants.map((a) => a.applicationId);
    await db.query(`UPDATE call_lots SET envelope_cents = $2 WHERE call_id = $1 AND region_code = 'KUK'`, [
      setup.call.id,
      50_000 * EUR,
    ]);
    const assignments = await assignAndSign(t, setup);
    const scores = { [ids.a]: 5, [ids.b]: 4 };
    for (const [applicationId, list] of assignments) {
      for (const assignment of list) {
        const pick = scores[applicationId] ?? ((key: string) => (key.startsWith('2.') ? 2 : 4));
        await storeSubmittedSheet(db, assignment, sheet(PRAG_FULL_APPLICATION_GRID, pick));
      }
    }
    for (const row of await db.query<{ id: string; reference: string }[]>(
      `SELECT id, reference FROM applications WHERE call_id = $1`,
      [setup.call.id],
    )) {
      const key = (Object.keys(ids) as (keyof typeof ids)[]).find((k) => ids[k] === row.id)!;
      references[key] = row.reference;
    }
    otherManager = await signIn(t, await createUser(t, { roles: ['programme_manager'] }));
  }, 120_000);
  afterAll(() => t.close());

  it('makes the XLSX: progress to 100, a summary and one sheet per lot, numbers as numbers', async () => {
    const queued = await requestReport('xlsx', 'en');
    expect(queued).toMatchObject({
      kind: 'evaluation_report',
      format: 'xlsx',
      locale: 'en',
      status: 'queued',
      progress: 0,
    });
    const job = await finished(queued.id);
    expect(job).toMatchObject({
      status: 'done',
      progress: 100,
      error: null,
      fileName: `${setup.call.reference}-evaluation-report.xlsx`,
    });
    expect(job.finishedAt).not.toBeNull();

    const res = await download(queued.id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain(`attachment; filename="${job.fileName}"`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
    expect(res.headers['cache-control']).toBe('private, no-store');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Tirana (TIR)',
      'Kukës (KUK)',
      'Dibër (DIB)',
      'Saranda (SAR)',
    ]);
    const summary = workbook.getWorksheet('Summary')!;
    const kukSummary = summary.getRows(1, summary.rowCount)!.find((r) => r.getCell(1).value === 'Kukës (KUK)')!;
    expect([2, 3, 4, 5, 6].map((c) => kukSummary.getCell(c).value)).toEqual([50_000, 36_000, 14_000, 1, 1]);
    expect(kukSummary.getCell(2).numFmt).toBe('"€"#,##0.00');

    const kuk = workbook.getWorksheet('Kukës (KUK)')!;
    const rows = kuk.getRows(1, kuk.rowCount)!;
    const header = rows.find((r) => r.getCell(1).value === 'Rank')!;
    const columns = (header.values as unknown[]).slice(1) as string[];
    expect(columns).toEqual([
      'Rank',
      'Application',
      'CSO',
      ...PRAG_FULL_APPLICATION_GRID.sections.map((s) => `${s.key}. ${s.name.en}`),
      'Total',
      'Grant requested',
      'Award',
      'Outcome',
      'Reserve list number',
    ]);
    const column = (name: string) => columns.indexOf(name) + 1;
    const rowOf = (reference: string) => rows.find((r) => r.getCell(column('Application')).value === reference)!;
    const a = rowOf(references.a);
    expect(a.getCell(column('Rank')).value).toBe(1);
    expect(a.getCell(column('Total')).value).toBe(100);
    expect(a.getCell(column('Total')).numFmt).toBe('0.00');
    expect(a.getCell(column('2. Relevance')).value).toBe(30);
    expect(a.getCell(column('Grant requested')).value).toBe(36_000);
    expect(a.getCell(column('Award')).value).toBe(36_000);
    expect(a.getCell(column('Award')).numFmt).toBe('"€"#,##0.00');
    expect(a.getCell(column('Outcome')).value).toBe('Selected');
    const b = rowOf(references.b);
    expect(
      [column('Rank'), column('Total'), column('Award'), column('Outcome'), column('Reserve list number')].map(
        (c) => b.getCell(c).value,
      ),
    ).toEqual([2, 80, 36_000, 'Reserve list (1)', 1]);

    const tir = workbook.getWorksheet('Tirana (TIR)')!;
    const rejected = tir.getRows(1, tir.rowCount)!.find((r) => r.getCell(1).value === references.c)!;
    expect(rejected.getCell(3).value).toBe(68);
    expect(rejected.getCell(4).value).toBe('Relevance: 12.00 < 20.00');
  });

  it('makes the PDF in Albanian, with the call’s reference and the lots in its text', async () => {
    const queued = await requestReport('pdf', 'sq');
    const job = await finished(queued.id);
    expect(job).toMatchObject({
      status: 'done',
      progress: 100,
      fileName: `${setup.call.reference}-raporti-i-vleresimit.pdf`,
    });
    const res = await download(queued.id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const expected of [
      setup.call.reference,
      'Raporti i vlerësimit',
      'Loti: Kukës (KUK)',
      'Fondi i lotit',
      '50 000,00 €',
      references.a,
      'Listë rezervë (1)',
      'Aplikime të refuzuara (nën prag)',
      'Rëndësia: 12,00 < 20,00',
    ]) {
      expect(text.replace(/\u00a0/g, ' ')).toContain(expected);
    }
  });

  it('shows an export to its owner only, and its file only once made', async () => {
    const queued = await requestReport('pdf', 'en');
    for (const stranger of [otherManager, setup.applicants[0].signedIn]) {
      expect((await inject('GET', `/api/exports/${queued.id}`, stranger)).statusCode).toBe(404);
      expect((await download(queued.id, stranger)).statusCode).toBe(404);
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/exports/${queued.id}` })).statusCode).toBe(401);

    // Not made yet: a job nobody queued stays `queued`.
    const [{ id: pending }] = await db.query<{ id: string }[]>(
      `INSERT INTO export_jobs (kind, owner_id, format, locale, params)
       VALUES ('evaluation_report', $1, 'pdf', 'en', $2)
       RETURNING id`,
      [setup.managerUser.id, { callId: setup.call.id }],
    );
    const early = await download(pending);
    expect(early.statusCode).toBe(409);
    expect(early.json<ProblemDetails>().code).toBe('export_not_ready');
    expect((await exportOf(pending)).status).toBe('queued');
  });

  it('marks an export that cannot be made as failed, with a code and no file', async () => {
    const job = await db.transaction((manager) =>
      t.app.get(ExportsService).request(manager, setup.managerUser.id, {
        kind: 'evaluation_report',
        format: 'xlsx',
        locale: 'sq',
        params: { callId: randomUUID() },
      }),
    );
    expect(await finished(job.id)).toMatchObject({ status: 'failed', error: 'call_not_found', fileName: null });
    expect((await download(job.id)).json<ProblemDetails>().code).toBe('export_not_ready');
  });

  it('is refused for a call whose evaluation has not started, and validates the request', async () => {
    const bad = await inject('POST', `/api/calls/${setup.call.id}/evaluation-report`, setup.manager, {
      format: 'docx',
      locale: 'sq',
    });
    expect(bad.statusCode).toBe(400);
    await db.query(`UPDATE calls SET status = 'closed' WHERE id = $1`, [setup.call.id]);
    try {
      const refused = await inject('POST', `/api/calls/${setup.call.id}/evaluation-report`, setup.manager, {
        format: 'pdf',
        locale: 'sq',
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json<ProblemDetails>().code).toBe('evaluation_report_unavailable');
    } finally {
      await db.query(`UPDATE calls SET status = 'in_evaluation' WHERE id = $1`, [setup.call.id]);
    }
    const applicant = await inject(
      'POST',
      `/api/calls/${setup.call.id}/evaluation-report`,
      setup.applicants[0].signedIn,
      {
        format: 'pdf',
        locale: 'sq',
      },
    );
    expect(applicant.statusCode).toBe(403);
  });
});
