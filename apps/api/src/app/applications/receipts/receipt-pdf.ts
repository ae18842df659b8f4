import type { Locale } from '@skema/contracts';
import type { TFontDictionary } from 'pdfmake/interfaces';
import { type ReceiptData, receiptDocument } from './receipt-document';

// pdfmake exports an instance whose methods live on its prototype: a namespace import (`import * as`)
// would copy none of them, so it is required as it is. It is not bundled (webpack leaves node_modules
// external), and its font module names its .ttf files from its own folder, so the paths hold in
// `dist/` as in the sources.
import pdfmake = require('pdfmake');
// An untyped CommonJS module: the four Roboto file paths.
const FONTS = require('pdfmake/fonts/Roboto') as TFontDictionary;
const FONT_FILES = new Set(Object.values(FONTS).flatMap((font) => Object.values(font) as string[]));

/**
 * The receipt's PDF. Roboto covers Albanian (ë, ç). pdfmake may read only the font files and fetch
 * no URL: a receipt's texts come from the application, and must never make the server open anything.
 */
export async function renderReceiptPdf(data: ReceiptData, locale: Locale, options: { compress?: boolean } = {}): Promise<Buffer> {
  pdfmake.setFonts(FONTS);
  pdfmake.setLocalAccessPolicy((path) => FONT_FILES.has(path));
  pdfmake.setUrlAccessPolicy(() => false);
  const document = { ...receiptDocument(data, locale), ...(options.compress === undefined ? {} : { compress: options.compress }) };
  return pdfmake.createPdf(document).getBuffer();
}
