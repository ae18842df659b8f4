import { LOCALES } from '@skema/contracts';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatEuros, formatTiraneTime, type ReceiptData, receiptDocument } from './receipt-document';
import { renderReceiptPdf } from './receipt-pdf';

const DATA: ReceiptData = {
  reference: 'SK-2026-KUK-0007',
  call: { reference: 'SK-2026-01', title: 'Riintegrim përmes punësimit', deadline: new Date('2026-04-30T15:00:00Z') },
  regionCode: 'SAR',
  organisation: { legalName: 'Shoqata “Jeta” – Sarandë', registrationNumber: 'L12345678A' },
  submittedAt: new Date('2026-03-07T10:15:02Z'),
  submittedBy: 'Drita Çela',
  budget: { totalCents: 4_000_000, grantRequestedCents: 3_600_000, cofinancingCents: 400_000 },
  attachments: [
    { requirement: 'Statuti i organizatës', fileName: 'Statuti.pdf', sha256: 'a'.repeat(64) },
    { requirement: null, fileName: 'Bilanci 2025.xlsx', sha256: 'b'.repeat(64) },
  ],
  fingerprint: 'f'.repeat(64),
};

/** Every piece of text the document shows, in reading order, footer included. */
function textOf(doc: TDocumentDefinitions): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') parts.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      for (const key of ['text', 'columns', 'stack', 'table', 'body']) if (key in n) walk(n[key]);
    }
  };
  walk(doc.content as Content);
  if (typeof doc.footer === 'function') walk(doc.footer(1, 1, { width: 595, height: 842, orientation: 'portrait' }));
  return parts.join('\n');
}

const expectAll = (text: string, expected: string[]) => expected.forEach((e) => expect(text).toContain(e));

/** How pdfkit writes a non-ASCII string in the document information: UTF-16BE with a byte-order mark. */
const utf16be = (text: string) => Buffer.from(`\ufeff${text}`, 'utf16le').swap16();

describe('the receipt document', () => {
  it('states the submission in Albanian, with Albanian letters, money and Tirana time', () => {
    expectAll(textOf(receiptDocument(DATA, 'sq')), [
      'Skema',
      'Skema e granteve për riintegrim përmes punësimit',
      'Vërtetim dorëzimi',
      'SK-2026-KUK-0007',
      'SK-2026-01',
      ' — Riintegrim përmes punësimit',
      'Sarandë (SAR)',
      'Shoqata “Jeta” – Sarandë',
      'L12345678A',
      '7 mars 2026 në 11:15:02 (ora e Tiranës)',
      'Drita Çela',
      'Granti i kërkuar',
      '36\u00a0000,00\u00a0€',
      'Bashkëfinancimi',
      'Statuti i organizatës',
      'Statuti.pdf',
      'b'.repeat(64),
      'f'.repeat(64),
      'përpara afatit të fundit të thirrjes, 30 prill 2026 në 17:00 (ora e Tiranës)',
      'SK-2026-KUK-0007 · faqja 1 nga 1',
    ]);
  });

  it('states it in English for an English speaker', () => {
    const text = textOf(receiptDocument(DATA, 'en'));
    expectAll(text, [
      'Submission receipt',
      'Saranda (SAR)',
      '7 March 2026 at 11:15:02 (Tirana time)',
      'Total eligible costs',
      '€40,000.00',
      '€36,000.00',
      '€4,000.00',
      'before the call’s deadline of 30 April 2026 at 17:00 (Tirana time)',
      'page 1 of 1',
    ]);
    expect(text).not.toContain('Vërtetim');
  });

  it('says when no document was attached, and leaves out a budget it could not add up', () => {
    const text = textOf(receiptDocument({ ...DATA, attachments: [], budget: null }, 'sq'));
    expect(text).toContain('Asnjë dokument i bashkëngjitur.');
    expect(text).not.toContain('Buxheti');
  });

  it('is dated by the submission, in the document information too', () => {
    const doc = receiptDocument(DATA, 'en');
    expect(doc.info).toMatchObject({ creationDate: DATA.submittedAt, subject: DATA.reference, title: 'Submission receipt SK-2026-KUK-0007' });
    expect(doc.pageSize).toBe('A4');
  });

  it('formats by the locale data, across summer time', () => {
    expect(formatEuros(1_234_567, 'sq')).toBe('12\u00a0345,67\u00a0€');
    expect(formatEuros(1_234_567, 'en')).toBe('€12,345.67');
    expect(formatTiraneTime(new Date('2026-07-01T22:30:00Z'), 'en', 'minutes')).toBe('2 July 2026 at 00:30');
    expect(formatTiraneTime(new Date('2026-01-01T22:30:00Z'), 'sq', 'minutes')).toBe('1 janar 2026 në 23:30');
  });
});

describe('the receipt PDF', () => {
  it.each(LOCALES)('is a PDF in %s, titled with the reference, in that language', async (locale) => {
    const pdf = await renderReceiptPdf(DATA, locale, { compress: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toContain(`(${DATA.reference})`);
    expect(raw).toContain(`/Lang (${locale})`);
    const title = locale === 'sq' ? `Vërtetim dorëzimi ${DATA.reference}` : `Submission receipt ${DATA.reference}`;
    expect(pdf.includes(utf16be(title)) || raw.includes(`(${title})`)).toBe(true);
  });

  it('embeds Roboto, whose glyphs cover ë and ç', async () => {
    const raw = (await renderReceiptPdf(DATA, 'sq', { compress: false })).toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Roboto-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Roboto-Medium/);
  });

  it('gives the same bytes for the same submission (dated by the submission, not by the run)', async () => {
    const first = await renderReceiptPdf(DATA, 'en');
    const second = await renderReceiptPdf(DATA, 'en');
    expect(first.equals(second)).toBe(true);
    expect(first.toString('latin1')).toContain('(D:20260307101502Z)');
  });

  it('is compressed by default', async () => {
    const [compressed, plain] = await Promise.all([renderReceiptPdf(DATA, 'sq'), renderReceiptPdf(DATA, 'sq', { compress: false })]);
    expect(compressed.length).toBeLessThan(plain.length);
    expect(compressed.toString('latin1')).toContain('/FlateDecode');
  });
});
