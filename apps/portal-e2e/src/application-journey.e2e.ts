import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, SIGN_IN_EN, SIGN_IN_SQ, type SignInWords, signIn } from './accounts';
import { pdf, pngNamedPdf, xlsx } from './documents';
import { attachments, latestMail } from './mail';
import { chooseLanguage, newPerson, snapshot } from './support';
import { type Dictionary, dictionary, fill, say } from './words';

// Each journey's applicant is used by no other journey: they run in parallel on one database, and
// another journey (account-security) turns on two-step verification for the Tirana CSO's applicant.
/**
 * Issue 4's journey, once per language: a CSO finds the demo call, starts an application, drafts it
 * over two visits (signing out in between), sees what is missing, fixes it, submits, gets the receipt
 * by download and by e-mail, and follows the status. The words come from the portal's own
 * dictionaries, so the same steps prove both languages.
 */
interface Journey {
  readonly locale: 'sq' | 'en';
  readonly applicant: string;
  readonly region: string;
  readonly words: SignInWords;
  readonly global: Dictionary;
  readonly application: Dictionary;
  readonly applications: Dictionary;
  readonly calls: Dictionary;
  readonly receiptSubject: RegExp;
}

const JOURNEYS: Journey[] = [
  {
    locale: 'sq',
    applicant: 'applicant@vma-kukes.test',
    region: 'Kukës',
    words: SIGN_IN_SQ,
    global: dictionary('', 'sq'),
    application: dictionary('application', 'sq'),
    applications: dictionary('applications', 'sq'),
    calls: dictionary('calls', 'sq'),
    receiptSubject: /Vërtetim/i,
  },
  {
    locale: 'en',
    applicant: 'applicant@tdh.test',
    region: 'Saranda',
    words: SIGN_IN_EN,
    global: dictionary('', 'en'),
    application: dictionary('application', 'en'),
    applications: dictionary('applications', 'en'),
    calls: dictionary('calls', 'en'),
    receiptSubject: /receipt/i,
  },
];

/** Waits until the section's autosave reports it saved (the status line is an aria-live region). */
async function expectSaved(page: Page, j: Journey): Promise<void> {
  const saved = fill(say(j.application, 'save.savedByYou'), { time: 'TIME' }).split('TIME')[0].trim();
  await expect(page.getByRole('main').getByText(saved).first()).toBeVisible({ timeout: 15_000 });
}

async function openSection(page: Page, j: Journey, section: string): Promise<void> {
  await page
    .getByRole('navigation', { name: say(j.application, 'nav.label') })
    .getByRole('link', { name: new RegExp(`^${say(j.application, `sections.${section}`)}`) })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: say(j.application, `sections.${section}`) })).toBeVisible();
}

for (const j of JOURNEYS) {
  test.describe(`a CSO applies to the demo call (${j.locale})`, () => {
    test(`drafts over two visits, fixes what is missing, submits and gets the receipt (${j.locale})`, async ({
      browser,
    }) => {
      test.setTimeout(240_000);
      const page = await newPerson(browser);
      const shot = (name: string) => snapshot(page, `application-${j.locale}-${name}`);

      // 1. Finds the open call from the home page, reads it, and is asked to sign in to apply.
      await page.goto('/');
      if (j.locale === 'en') await chooseLanguage(page, 'en');
      await page
        .getByRole('navigation')
        .getByRole('link', { name: say(j.global, 'nav.openCalls') })
        .first()
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(j.calls, 'title'));
      await page
        .getByRole('link', { name: new RegExp(say(j.calls, 'open')) })
        .first()
        .click();
      await expect(page.getByRole('heading', { level: 2, name: say(j.calls, 'detail.lots.title') })).toBeVisible();
      await shot('1-call');
      await page.getByRole('link', { name: say(j.calls, 'apply.signIn') }).click();
      await signIn(page, j.applicant, DEMO_PASSWORD, j.words);

      // 2. Back on the call: chooses the lot of its region and starts the application.
      await expect(page.getByRole('heading', { level: 2, name: say(j.calls, 'apply.title') })).toBeVisible();
      await page.getByRole('radio', { name: new RegExp(`^${j.region}`) }).check();
      await page.getByRole('button', { name: say(j.calls, 'apply.start') }).click();
      await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}/);
      const applicationUrl = new URL(page.url()).pathname;

      // 3. First visit: the summary and the problem, saved as typed.
      await openSection(page, j, 'summary');
      const main = page.getByRole('main');
      await main
        .getByLabel(say(j.application, 'summary.title'), { exact: true })
        .fill(j.locale === 'sq' ? 'Punë e sigurt në Kukës' : 'Safe work in Saranda');
      await main
        .getByLabel(say(j.application, 'summary.text'), { exact: true })
        .fill(
          j.locale === 'sq'
            ? 'Formim profesional dhe vendosje në punë për 40 gra të mbijetuara të trafikimit.'
            : 'Vocational training and job placement for 40 women who survived trafficking.',
        );
      await main.getByLabel(say(j.application, 'summary.duration')).fill('12');
      await expectSaved(page, j);
      await openSection(page, j, 'problem');
      await main
        .getByLabel(say(j.application, 'problem.text'), { exact: true })
        .fill(
          j.locale === 'sq'
            ? 'Papunësia e lartë dhe stigma i largojnë viktimat nga tregu i punës.'
            : 'High unemployment and stigma keep survivors out of work.',
        );
      await main
        .getByLabel(say(j.application, 'problem.targetGroup'), { exact: true })
        .fill(j.locale === 'sq' ? 'Gra 18–35 vjeç.' : 'Women aged 18–35.');
      await expectSaved(page, j);
      await shot('2-first-visit');

      // Signs out between the visits.
      await page
        .getByRole('button', { name: new RegExp(fill(say(j.global, 'account.menu.label'), { name: '.+' })) })
        .click();
      await page.getByRole('button', { name: say(j.global, 'nav.signOut') }).click();
      await expect(page.getByRole('link', { name: say(j.global, 'nav.signIn') }).first()).toBeVisible();

      // 4. Second visit: finds the draft in "your applications", with what was typed before.
      await page.goto('/sign-in');
      await signIn(page, j.applicant, DEMO_PASSWORD, j.words);
      await page
        .getByRole('navigation')
        .getByRole('link', { name: say(j.global, 'nav.applications') })
        .first()
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(j.applications, 'own.title'));
      await expect(page.getByRole('main').getByText(say(j.applications, 'statuses.draft')).first()).toBeVisible();
      await page.locator(`a[href="${applicationUrl}"]`).first().click();
      await openSection(page, j, 'summary');
      await expect(main.getByLabel(say(j.application, 'summary.title'), { exact: true })).toHaveValue(/Kukës|Saranda/);

      // The checklist lists everything still missing.
      const checklist = page.getByRole('complementary');
      await expect(
        checklist.getByText(fill(say(j.application, 'checklist.missing'), { count: 'X' }).split('X')[0]),
      ).toBeVisible();
      await shot('3-missing');

      // 5. Fixes it, section by section.
      await openSection(page, j, 'objectives');
      await main
        .getByLabel(say(j.application, 'objectives.text'), { exact: true })
        .fill(
          j.locale === 'sq'
            ? '30 nga 40 pjesëmarrëset punësohen dhe mbajnë punën 6 muaj.'
            : '30 of the 40 participants are employed and keep the job for 6 months.',
        );
      await expectSaved(page, j);

      await openSection(page, j, 'logframe');
      await main.getByRole('button', { name: say(j.application, 'logframe.add') }).click();
      await main
        .getByLabel(say(j.application, 'logframe.statement'), { exact: true })
        .fill(j.locale === 'sq' ? 'Gratë punësohen' : 'Women are employed');
      await main
        .getByLabel(say(j.application, 'logframe.indicator'), { exact: true })
        .fill(j.locale === 'sq' ? 'Numri i grave të punësuara' : 'Number of women employed');
      await main
        .getByLabel(say(j.application, 'logframe.unit'), { exact: true })
        .fill(j.locale === 'sq' ? 'persona' : 'people');
      await main.getByLabel(say(j.application, 'logframe.baseline'), { exact: true }).fill('0');
      await main.getByLabel(say(j.application, 'logframe.target'), { exact: true }).fill('30');
      await main
        .getByLabel(say(j.application, 'logframe.source'), { exact: true })
        .fill(j.locale === 'sq' ? 'Kontratat e punës' : 'Employment contracts');
      await expectSaved(page, j);

      await openSection(page, j, 'beneficiaries');
      await main.getByRole('button', { name: say(j.application, 'beneficiaries.add') }).click();
      await main.getByLabel(say(j.application, 'beneficiaries.count'), { exact: true }).fill('40');
      await expectSaved(page, j);

      // The budget: totals, grant and co-financing as typed (EUR 30,000 of costs, 90% requested).
      await openSection(page, j, 'budget');
      await main.getByRole('button', { name: say(j.application, 'budget.add') }).click();
      await main.getByLabel(say(j.application, 'budget.category'), { exact: true }).click();
      await page.getByRole('option', { name: say(j.application, 'budget.categories.human_resources') }).click();
      await main
        .getByLabel(say(j.application, 'budget.description'), { exact: true })
        .fill(j.locale === 'sq' ? 'Trajnere profesionale' : 'Vocational trainer');
      await main
        .getByLabel(say(j.application, 'budget.unit'), { exact: true })
        .fill(j.locale === 'sq' ? 'muaj' : 'month');
      await main.getByLabel(say(j.application, 'budget.quantity'), { exact: true }).fill('12');
      await main.getByLabel(say(j.application, 'budget.unitCost'), { exact: true }).fill('2500');
      await main.getByLabel(say(j.application, 'budget.ownContribution'), { exact: true }).fill('3000');
      await expect(main.getByText(say(j.application, 'budget.withinLimits'))).toBeVisible();
      await expect(main.getByText(/27[.,\s ]?000/).first()).toBeVisible();
      await expectSaved(page, j);
      await shot('4-budget');

      // 6. The documents: a PNG named .pdf is refused by its content; the real files are accepted.
      await openSection(page, j, 'attachments');
      const statute = main.locator('li[data-key="statute"]');
      await statute.locator('input[type=file]').setInputFiles(pngNamedPdf('statuti.pdf'));
      await expect(statute.getByRole('alert').or(statute.locator('sk-notice'))).toBeVisible();
      await shot('5-refused-file');
      const files: Record<string, Awaited<ReturnType<typeof xlsx>>> = {
        statute: pdf('statuti.pdf', 'Statuti'),
        registration_certificate: pdf('vendimi-gjykates.pdf', 'Vendimi i gjykates'),
        financial_report: pdf('raporti-financiar-2025.pdf', 'Raporti financiar 2025'),
        budget: await xlsx('buxheti.xlsx', [
          ['Zeri', 'Shuma'],
          ['Trajnere', 30000],
        ]),
        key_staff_cvs: pdf('cv-stafi.pdf', 'CV'),
      };
      for (const [key, file] of Object.entries(files)) {
        const requirement = main.locator(`li[data-key="${key}"]`);
        await requirement.locator('input[type=file]').setInputFiles(file);
        await expect(requirement.getByText(file.name)).toBeVisible({ timeout: 15_000 });
      }
      await expect(checklist.getByText(say(j.application, 'checklist.complete'))).toBeVisible({ timeout: 15_000 });
      await shot('6-complete');

      // 7. Submits, and gets a reference at once.
      await checklist.getByRole('button', { name: say(j.application, 'submission.submit') }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: say(j.application, 'submitConfirm.confirm') })
        .click();
      const reference = new RegExp(`SK-\\d{4}-${j.locale === 'sq' ? 'KUK' : 'SAR'}-\\d{4}`);
      await expect(checklist.getByText(reference).first()).toBeVisible({ timeout: 15_000 });
      const referenceText = (await checklist.getByText(reference).first().textContent())!.match(reference)![0];

      // 8. The receipt: a PDF download, and the same PDF by e-mail in the applicant's language.
      const download = checklist.getByRole('button', { name: say(j.application, 'submission.downloadReceipt') });
      await expect(download).toBeVisible({ timeout: 60_000 });
      await shot('7-submitted');
      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      const downloaded = readFileSync((await file.path())!);
      expect(downloaded.subarray(0, 5).toString()).toBe('%PDF-');
      const mail = await latestMail(j.applicant, 'application_receipt', 60_000);
      expect(mail.subject).toMatch(j.receiptSubject);
      const [attached] = attachments(mail);
      expect(attached.contentType).toBe('application/pdf');
      expect(createHash('sha256').update(attached.content).digest('hex')).toBe(
        createHash('sha256').update(downloaded).digest('hex'),
      );

      // 9. Follows the status in the list.
      await page
        .getByRole('navigation')
        .getByRole('link', { name: say(j.global, 'nav.applications') })
        .first()
        .click();
      const row = page.getByRole('row', { name: new RegExp(referenceText) });
      await expect(row.getByText(say(j.applications, 'statuses.submitted'))).toBeVisible();
      await shot('8-status');
    });
  });
}
