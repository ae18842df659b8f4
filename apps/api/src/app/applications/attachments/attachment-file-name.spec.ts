import { attachmentDisposition, sanitiseFileName } from './attachment-file-name';

describe('sanitiseFileName', () => {
  it('keeps only the last path segment', () => {
    expect(sanitiseFileName('C:\\Users\\Anila\\Desktop\\Statuti.pdf')).toBe('Statuti.pdf');
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
  });

  it('drops control and direction characters, leading dots and extra spaces', () => {
    expect(sanitiseFileName('Sta\u0000tuti\n\t 2026 .pdf')).toBe('Statuti 2026 .pdf');
    expect(sanitiseFileName('faturë\u202Efdp.exe')).toBe('faturëfdp.exe');
    expect(sanitiseFileName('...htaccess')).toBe('htaccess');
  });

  it('keeps Albanian letters (NFC) and the extension when cutting to the limit', () => {
    expect(sanitiseFileName('Vendimi i gjykate\u0308s.pdf')).toBe('Vendimi i gjykatës.pdf');
    const long = sanitiseFileName(`${'ë'.repeat(300)}.docx`);
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('ë.docx')).toBe(true);
    expect([...sanitiseFileName('x'.repeat(250))]).toHaveLength(200);
  });

  it('may end up empty', () => {
    expect(sanitiseFileName('/\u0007/')).toBe('');
  });
});

describe('attachmentDisposition', () => {
  it('is always an attachment, with an ASCII fallback and the exact UTF-8 name', () => {
    expect(attachmentDisposition('Statuti.pdf')).toBe(`attachment; filename="Statuti.pdf"; filename*=UTF-8''Statuti.pdf`);
    expect(attachmentDisposition('Vendimi i gjykatës "final".pdf')).toBe(
      `attachment; filename="Vendimi i gjykat_s _final_.pdf"; filename*=UTF-8''Vendimi%20i%20gjykat%C3%ABs%20%22final%22.pdf`,
    );
    expect(attachmentDisposition("CV (Anila)'s.docx")).toBe(`attachment; filename="CV (Anila)'s.docx"; filename*=UTF-8''CV%20%28Anila%29%27s.docx`);
  });
});
