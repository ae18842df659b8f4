import { Readable } from 'node:stream';
import { sampleDocx, sampleJpg, sampleOds, sampleOdt, samplePdf, samplePng, sampleXlsx, sampleZip, zipOf } from '../../../../test/utils/sample-files';
import { detectAttachmentContent, extensionMatches, extensionOf } from './attachment-content';

describe('detectAttachmentContent', () => {
  it.each([
    ['pdf', samplePdf(), 'application/pdf'],
    ['png', samplePng(), 'image/png'],
    ['jpg', sampleJpg(), 'image/jpeg'],
    ['docx', sampleDocx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['xlsx', sampleXlsx(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['odt', sampleOdt(), 'application/vnd.oasis.opendocument.text'],
    ['ods', sampleOds(), 'application/vnd.oasis.opendocument.spreadsheet'],
  ])('recognises %s by its bytes', async (type, bytes, contentType) => {
    expect(await detectAttachmentContent(bytes)).toEqual({ type, contentType });
  });

  it('reads a stream as far as it needs', async () => {
    expect(await detectAttachmentContent(Readable.from(sampleXlsx(), { objectMode: false }))).toMatchObject({ type: 'xlsx' });
  });

  it.each([
    ['text', Buffer.from('Ky nuk është PDF')],
    ['an empty file', Buffer.alloc(0)],
    ['a plain zip', sampleZip()],
    ['a macro-enabled workbook', zipOf({ '[Content_Types].xml': '<Override ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>' })],
    ['an executable', Buffer.from('4d5a90000300000004000000ffff0000', 'hex')],
  ])('refuses %s', async (_name, bytes) => {
    expect(await detectAttachmentContent(bytes)).toBeNull();
  });
});

describe('file name extensions', () => {
  it('reads the extension, ignoring what is not one', () => {
    expect(extensionOf('Statuti.PDF')).toBe('pdf');
    expect(extensionOf('arkiv.tar.gz')).toBe('gz');
    expect(extensionOf('Raporti 2025. Final')).toBe('');
    expect(extensionOf('.pdf')).toBe('');
    expect(extensionOf('Statuti')).toBe('');
  });

  it('tells a truthful name from a lying one', () => {
    expect(extensionMatches('foto.jpeg', 'jpg')).toBe(true);
    expect(extensionMatches('foto.JPG', 'jpg')).toBe(true);
    expect(extensionMatches('statuti.pdf', 'png')).toBe(false);
    expect(extensionMatches('buxheti.xls', 'xlsx')).toBe(false);
  });
});
