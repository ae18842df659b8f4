import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import en from '../../../../public/i18n/en.json';
import sq from '../../../../public/i18n/sq.json';
import applicationEn from '../../../../public/i18n/application/en.json';
import applicationSq from '../../../../public/i18n/application/sq.json';
import callsEn from '../../../../public/i18n/calls/en.json';
import callsSq from '../../../../public/i18n/calls/sq.json';
import { AUTOSAVE_DELAY_MS } from './autosave/section-autosave';
import { APPLICATION_ID, applicationDto, problem, savedApplication } from './testing/application-fixtures';
import { PageContext, openPage, setUpPage, text, type, urls } from './testing/application-testing';

const dictionaries = { sq, en, applicationSq, applicationEn, callsSq, callsEn };

describe('ApplicationPageComponent', () => {
  let page: PageContext;
  const root = () => page.root();
  const summaryText = () => root().querySelector<HTMLTextAreaElement>('#summary-text');
  const status = () => text(root().querySelector('.save-status'));

  const open = (application = applicationDto()) =>
    openPage(page, { application, checklist: [{ field: 'summary', message: 'Plotësoni seksionin: Përmbledhja.' }] });

  beforeEach(async () => {
    page = await setUpPage(dictionaries);
  });

  afterEach(() => {
    jest.useRealTimers();
    page.backend.match(() => true).forEach((request) => request.flush({}));
  });

  it('shows the call, the lot, the status in words and the deadline', async () => {
    await open();

    const header = text(root().querySelector('.application-header'));
    expect(header).toContain('CFP-2026-01 · Loti Kukës');
    expect(text(root().querySelector('h1'))).toBe('Riintegrimi social-ekonomik');
    expect(text(root().querySelector('.status-chip'))).toBe('Statusi: Draft');
    expect(header).toContain('Afati i fundit: 31 dhj 2026, 12:00');
    expect(text(root().querySelector('h2.view__heading'))).toBe('Përmbledhja');
  });

  describe('autosave', () => {
    beforeEach(async () => {
      await open();
      jest.useFakeTimers();
    });

    it('saves once after a pause, with the version it loaded, and the next save with the new version', async () => {
      type(summaryText(), 'Punësim për gratë');
      jest.advanceTimersByTime(500);
      type(summaryText(), 'Punësim për gratë në Kukës');
      await page.render();
      expect(status()).toBe('Ka ndryshime të paruajtura…');
      page.backend.expectNone(urls.section('summary'));

      jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
      await page.render();
      const first = page.backend.expectOne(urls.section('summary'));
      expect(first.request.method).toBe('PUT');
      expect(first.request.body).toEqual({
        version: 0,
        content: { title: '', text: 'Punësim për gratë në Kukës', durationMonths: null },
      });
      expect(status()).toBe('Po ruhet…');

      first.flush(savedApplication(applicationDto(), 'summary', first.request.body.content, 1));
      await page.render();
      expect(status()).toMatch(/^U ruajt në \d\d:\d\d nga ju$/);
      page.backend.expectOne(urls.checklist).flush([]);

      type(summaryText(), 'Punësim për gratë në Kukës dhe Has');
      jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
      expect(page.backend.expectOne(urls.section('summary')).request.body.version).toBe(1);
    });

    it('keeps what was typed when the person comes back to a section', async () => {
      type(summaryText(), 'Punësim');
      await page.harness.navigateByUrl(`/applications/${APPLICATION_ID}?section=problem`);
      await page.render();
      page.backend.expectOne(urls.section('summary'));
      expect(summaryText()).toBeNull();

      await page.harness.navigateByUrl(`/applications/${APPLICATION_ID}?section=summary`);
      await page.render();
      expect(summaryText()?.value).toBe('Punësim');
    });

    it('saves at once when the person leaves the field', async () => {
      type(summaryText(), 'Tekst');
      summaryText()?.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
      expect(page.backend.expectOne(urls.section('summary')).request.body.content.text).toBe('Tekst');
    });

    it('says why a save failed', async () => {
      type(summaryText(), 'Tekst');
      jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
      page.backend
        .expectOne(urls.section('summary'))
        .flush(problem('section_too_large', 413, 'Seksioni është shumë i madh.'), {
          status: 413,
          statusText: 'Too large',
        });
      await page.render();

      expect(status()).toBe('Nuk u ruajt: Seksioni është shumë i madh.');
      expect(root().querySelector('.retry')).not.toBeNull();
    });
  });

  describe('a colleague saved the same section', () => {
    beforeEach(async () => {
      await open();
      jest.useFakeTimers();
      type(summaryText(), 'Imi');
      jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
      page.backend
        .expectOne(urls.section('summary'))
        .flush(problem('section_conflict', 409, 'Dikush e ruajti.'), { status: 409, statusText: 'Conflict' });
      const theirs = savedApplication(
        applicationDto(),
        'summary',
        { text: 'E tyre' },
        3,
        'Besnik Hoxha',
        '2026-11-20T09:41:00.000Z',
      );
      page.backend.expectOne(urls.application).flush(theirs);
      await page.render();
    });

    const banner = () => root().querySelector('.conflict');

    it('stops saving and says who saved when, and that my changes are not saved', async () => {
      expect(banner()?.getAttribute('role')).toBe('alert');
      expect(text(banner())).toContain(
        'Besnik Hoxha e ruajti këtë seksion në 10:41. Ndryshimet tuaja nuk janë ruajtur.',
      );

      type(summaryText(), 'Imi, më shumë');
      jest.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
      page.backend.expectNone(urls.section('summary'));
    });

    it('loads their version, discarding mine', async () => {
      banner()?.querySelector<HTMLButtonElement>('.load-theirs')?.click();
      page.backend
        .expectOne(urls.application)
        .flush(
          savedApplication(
            applicationDto(),
            'summary',
            { text: 'E tyre' },
            3,
            'Besnik Hoxha',
            '2026-11-20T09:41:00.000Z',
          ),
        );
      await page.render();

      expect(banner()).toBeNull();
      expect(summaryText()?.value).toBe('E tyre');
      expect(status()).toContain('nga Besnik Hoxha');
      page.backend.expectNone(urls.section('summary'));
    });

    it('keeps mine: saves it over their version, on request', async () => {
      banner()?.querySelector<HTMLButtonElement>('.keep-mine')?.click();
      page.backend
        .expectOne(urls.application)
        .flush(savedApplication(applicationDto(), 'summary', { text: 'E tyre' }, 3, 'Besnik Hoxha'));
      await page.render();

      const save = page.backend.expectOne(urls.section('summary'));
      expect(save.request.body).toEqual({ version: 3, content: { title: '', text: 'Imi', durationMonths: null } });
      save.flush(savedApplication(applicationDto(), 'summary', save.request.body.content, 4));
      await page.render();
      expect(banner()).toBeNull();
      expect(summaryText()?.value).toBe('Imi');
    });
  });

  it('asks before leaving while changes could not be saved', async () => {
    await open();
    jest.useFakeTimers();
    type(summaryText(), 'Tekst');
    jest.useRealTimers();

    const leaving = TestBed.inject(Router).navigateByUrl('/elsewhere');
    await page.render();
    page.backend
      .expectOne(urls.section('summary'))
      .flush(problem('validation_failed', 400, 'Gabim.'), { status: 400, statusText: 'Bad request' });
    await page.render();
    await new Promise((resolve) => setTimeout(resolve, 0));

    const dialog = document.querySelector('sk-confirm-dialog');
    expect(text(dialog)).toContain('Të largoheni pa ruajtur?');
    document.querySelector<HTMLButtonElement>('sk-confirm-dialog .confirm')?.click();
    await expect(leaving).resolves.toBe(true);
  });
});
