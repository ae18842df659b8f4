import type { BudgetLineContent } from '@skema/contracts';
import { lineTotalCents } from '@skema/domain';
import { Workbook } from 'exceljs';

/**
 * Small but real documents for the demo applications, made in memory so the seed needs no fixture
 * files: a PDF a viewer opens and an .xlsx a spreadsheet opens, both recognised by content exactly as
 * an upload is (`detectAttachmentContent`).
 */

/** PDF strings are Latin-1 here (Helvetica with WinAnsiEncoding prints ë and ç); the rest become '-'. */
function pdfText(text: string): string {
  return text.replace(/[^\x20-\x7e\xa0-\xff]/g, '-').replace(/[()\\]/g, (c) => `\\${c}`);
}

/** A one-page A4 PDF: a title, then one line per entry. */
export function demoPdf(title: string, lines: readonly string[]): Buffer {
  const text = [
    `BT /F1 16 Tf 56 780 Td (${pdfText(title)}) Tj ET`,
    ...lines.map((line, i) => `BT /F1 11 Tf 56 ${744 - i * 18} Td (${pdfText(line)}) Tj ET`),
  ].join('\n');
  const stream = Buffer.from(text, 'latin1');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream.toString('latin1')}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const BUDGET_HEADERS = {
  sq: ['Kategoria', 'Përshkrimi', 'Njësia', 'Sasia', 'Kosto për njësi (€)', 'Totali (€)', 'Bashkëfinancimi (€)'],
  en: ['Category', 'Description', 'Unit', 'Quantity', 'Unit cost (€)', 'Total (€)', 'Co-financing (€)'],
};

/** The budget of the action as applicants attach it: the same lines as the form, with totals. */
export async function demoBudgetWorkbook(lines: readonly BudgetLineContent[], locale: 'sq' | 'en'): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(locale === 'sq' ? 'Buxheti' : 'Budget');
  sheet.addRow(BUDGET_HEADERS[locale]);
  for (const line of lines) {
    const total = lineTotalCents(line.quantity, line.unitCostCents);
    const own = line.ownContributionCents ?? 0;
    sheet.addRow([
      line.category,
      line.description,
      line.unit,
      line.quantity,
      line.unitCostCents / 100,
      total / 100,
      own / 100,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
