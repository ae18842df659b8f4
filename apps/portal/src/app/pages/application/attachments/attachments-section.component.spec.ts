import { HttpEventType } from '@angular/common/http';
import { ApplicationAttachmentDto } from '@skema/contracts';
import en from '../../../../../public/i18n/en.json';
import sq from '../../../../../public/i18n/sq.json';
import applicationEn from '../../../../../public/i18n/application/en.json';
import applicationSq from '../../../../../public/i18n/application/sq.json';
import callsEn from '../../../../../public/i18n/calls/en.json';
import callsSq from '../../../../../public/i18n/calls/sq.json';
import { APPLICATION_ID, applicationDto, problem } from '../testing/application-fixtures';
import { PageContext, openPage, setUpPage, text, urls } from '../testing/application-testing';

const dictionaries = { sq, en, applicationSq, applicationEn, callsSq, callsEn };

const statute: ApplicationAttachmentDto = {
  id: 'att-1',
  requirementKey: 'statute',
  fileName: 'statuti.pdf',
  type: 'pdf',
  contentType: 'application/pdf',
  sizeBytes: 2 * 1024 * 1024,
  sha256: 'ab'.repeat(32),
  uploadedAt: '2026-11-20T09:00:00.000Z',
  uploadedBy: 'Anila Meta',
};

describe('AttachmentsSectionComponent', () => {
  let page: PageContext;
  const root = () => page.root();
  const requirement = () => root().querySelector('.requirement[data-key="statute"]');
  const macrotask = () => new Promise((resolve) => setTimeout(resolve));

  function choose(file: File): void {
    const input = requirement()?.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  beforeEach(async () => {
    page = await setUpPage(dictionaries);
  });

  afterEach(() => page.backend.match(() => true).forEach((request) => request.flush({})));

  it('lists the documents the call requires, with what each accepts', async () => {
    await openPage(page, { query: '?section=attachments' });

    expect(text(requirement()?.querySelector('h3'))).toBe('Statuti i organizatës Mungon');
    expect(text(requirement())).toContain('Pranohen: PDF, deri në 5 MB.');
    expect(requirement()?.querySelector('input[type="file"]')?.getAttribute('accept')).toBe('.pdf');
    expect(requirement()?.querySelector('.upload')?.getAttribute('aria-label')).toBe('Ngarko: Statuti i organizatës');
  });

  it('uploads with progress a screen reader hears, then shows the file', async () => {
    await openPage(page, {
      query: '?section=attachments',
      checklist: [{ field: 'attachments.statute', message: 'Ngarkoni dokumentin.' }],
    });
    choose(new File(['%PDF-1.7'], 'statuti.pdf', { type: 'application/pdf' }));

    const upload = page.backend.expectOne(urls.attachments('statute'));
    expect(upload.request.method).toBe('POST');
    expect(upload.request.reportProgress).toBe(true);
    // Through the app's interceptors, like every other request.
    expect(upload.request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(upload.request.headers.get('Accept-Language')).toBe('sq');
    expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);

    upload.event({ type: HttpEventType.UploadProgress, loaded: 45, total: 100 });
    await page.render();
    const progress = requirement()?.querySelector('.requirement__progress');
    expect(progress?.getAttribute('aria-live')).toBe('polite');
    expect(text(progress)).toBe('Po ngarkohet statuti.pdf: 45%');
    expect(progress?.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('45');
    expect(requirement()?.querySelector<HTMLButtonElement>('.upload')?.disabled).toBe(true);

    upload.flush(statute, { status: 201, statusText: 'Created' });
    await page.render();
    page.backend.expectOne(`/api/applications/${APPLICATION_ID}`).flush(applicationDto({ attachments: [statute] }));
    await page.render();
    page.backend.expectOne(urls.checklist).flush([]);
    await page.render();

    expect(text(requirement()?.querySelector('h3'))).toBe('Statuti i organizatës I ngarkuar');
    expect(text(requirement())).toContain('statuti.pdf (2 MB)');
    expect(text(requirement())).toContain('Ngarkuar më 20 nën 2026, 10:00 nga Anila Meta');
    expect(requirement()?.querySelector('mat-progress-bar')).toBeNull();
    expect(text(root().querySelector('sk-checklist-panel'))).toContain('Nuk mungon asgjë');
  });

  it('refuses a file that is too large or of the wrong type before sending it', async () => {
    await openPage(page, { query: '?section=attachments' });

    choose(new File([new Uint8Array(6 * 1024 * 1024)], 'statuti.pdf'));
    await page.render();
    expect(text(requirement()?.querySelector('sk-notice'))).toBe('Skedari është shumë i madh: jo më shumë se 5 MB.');

    choose(new File(['x'], 'statuti.docx'));
    await page.render();
    expect(text(requirement()?.querySelector('sk-notice'))).toBe('Ky lloj skedari nuk pranohet këtu. Pranohen: PDF.');
    page.backend.expectNone(urls.attachments('statute'));
  });

  it("shows the API's reason when it refuses the upload", async () => {
    await openPage(page, { query: '?section=attachments' });
    choose(new File(['not a pdf'], 'statuti.pdf'));
    page.backend
      .expectOne(urls.attachments('statute'))
      .flush(problem('attachment_type_not_accepted', 415, 'Përmbajtja e skedarit nuk është PDF.'), {
        status: 415,
        statusText: 'x',
      });
    await page.render();

    expect(text(requirement()?.querySelector('sk-notice'))).toBe('Përmbajtja e skedarit nuk është PDF.');
  });

  it('downloads a file with the bearer token, under its own name', async () => {
    await openPage(page, { query: '?section=attachments', application: applicationDto({ attachments: [statute] }) });
    requirement()?.querySelector<HTMLButtonElement>('.download')?.click();

    const request = page.backend.expectOne(`${urls.attachments('att-1')}/content`);
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['%PDF-1.7']));
    await page.render();
    expect(page.saved.map((file) => file.name)).toEqual(['statuti.pdf']);
  });

  it('removes a file after asking', async () => {
    await openPage(page, { query: '?section=attachments', application: applicationDto({ attachments: [statute] }) });
    requirement()?.querySelector<HTMLButtonElement>('.remove')?.click();
    await page.render();
    await macrotask();
    expect(text(document.querySelector('sk-confirm-dialog'))).toContain(
      'statuti.pdf do të hiqet nga „Statuti i organizatës”.',
    );
    document.querySelector<HTMLButtonElement>('sk-confirm-dialog .confirm')?.click();
    await macrotask();
    await page.render();

    const removal = page.backend.expectOne(urls.attachments('att-1'));
    expect(removal.request.method).toBe('DELETE');
    removal.flush(null, { status: 204, statusText: 'No Content' });
    await page.render();
    page.backend.expectOne(`/api/applications/${APPLICATION_ID}`).flush(applicationDto());
    await page.render();

    expect(text(requirement()?.querySelector('h3'))).toBe('Statuti i organizatës Mungon');
  });
});
