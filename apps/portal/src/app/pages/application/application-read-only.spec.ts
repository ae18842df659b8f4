import en from '../../../../public/i18n/en.json';
import sq from '../../../../public/i18n/sq.json';
import applicationEn from '../../../../public/i18n/application/en.json';
import applicationSq from '../../../../public/i18n/application/sq.json';
import callsEn from '../../../../public/i18n/calls/en.json';
import callsSq from '../../../../public/i18n/calls/sq.json';
import { applicationDto, publicCallDto } from './testing/application-fixtures';
import { PageContext, openPage, setUpPage, text, urls } from './testing/application-testing';

const dictionaries = { sq, en, applicationSq, applicationEn, callsSq, callsEn };

const submitted = applicationDto(
  {
    status: 'submitted',
    reference: 'SK-2026-KUK-0007',
    submittedAt: '2026-11-20T10:00:00.000Z',
    receipt: { status: 'ready', generatedAt: null, sha256: null },
  },
  {
    summary: {
      content: { text: 'Punësim' },
      version: 3,
      updatedAt: '2026-11-19T08:00:00.000Z',
      updatedBy: 'Anila Meta',
    },
  },
);

describe('the application read-only', () => {
  let page: PageContext;
  const root = () => page.root();
  const notice = () => text(root().querySelector('sk-application-header + sk-notice'));

  afterEach(() => page.backend.match(() => true).forEach((request) => request.flush({})));

  describe('for a programme manager', () => {
    beforeEach(async () => {
      page = await setUpPage(dictionaries, ['programme_manager']);
      await openPage(page, { application: submitted });
    });

    it('shows the sections disabled, without asking for the checklist', () => {
      page.backend.expectNone(urls.checklist);
      expect(notice()).toBe('Po e shihni këtë aplikim vetëm për lexim.');
      expect(root().querySelector<HTMLTextAreaElement>('#summary-text')?.value).toBe('Punësim');
      expect(root().querySelector<HTMLTextAreaElement>('#summary-text')?.disabled).toBe(true);
      expect(root().querySelector('sk-checklist-panel')).toBeNull();
      expect(text(root().querySelector('.save-status'))).toBe(
        'Ruajtur për herë të fundit më 19 nën 2026, 09:00 nga Anila Meta',
      );
    });

    it('offers no action that changes the application', async () => {
      expect(root().querySelector('.submit')).toBeNull();
      expect(root().querySelector('.withdraw')).toBeNull();
      expect(root().querySelector('.download-receipt')).not.toBeNull();

      await page.harness.navigateByUrl('/applications/' + submitted.id + '?section=logframe');
      await page.render();
      expect(text(root().querySelector('h2.view__heading'))).toBe('Kuadri logjik');
      expect(root().querySelector('.sk-form__actions')).toBeNull();
    });
  });

  it('freezes a draft once the deadline has passed by the server clock', async () => {
    page = await setUpPage(dictionaries);
    // The device thinks it is early; the server says the deadline has passed.
    await openPage(page, { call: publicCallDto({ serverTime: '2027-01-05T12:00:00.000Z' }) });

    expect(notice()).toBe('Afati i fundit ka kaluar: ky draft nuk mund të ndryshohet as të dorëzohet më.');
    expect(root().querySelector<HTMLTextAreaElement>('#summary-text')?.disabled).toBe(true);
    expect(root().querySelector('.submit')).toBeNull();
    expect(text(root().querySelector('sk-submission-panel'))).toContain('ky draft nuk mund të dorëzohet më');
  });
});
