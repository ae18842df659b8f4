import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, PROGRAMME_MANAGER, SIGN_IN_SQ, signIn, uniqueSuffix } from './accounts';
import { newPerson, snapshot } from './support';
import { dictionary, fill, say } from './words';

/**
 * Issue 3's journey for the programme manager, in Albanian (the manager's own language and the
 * portal's default; the CSO journey covers both languages, the staff invitation English): finds the
 * demo call published, drafts a new call, previews it, is told what is missing before it can be
 * published, completes and publishes it, amends its deadline, and exports the applications of the
 * demo call as CSV. Every call it makes carries its own suffix, so it runs again on the same database.
 */
const global = dictionary('', 'sq');
const calls = dictionary('call-management', 'sq');
const applications = dictionary('applications', 'sq');
const t = (path: string) => say(calls, path);
/** The words of a text before its first `{{parameter}}` ("U ruajt në orën {{time}}" → "U ruajt në orën"). */
const lead = (text: string) => text.split('{{')[0].trim();

/** The API's CSV header in the manager's language (apps/api/src/app/applications/applications-list.service.ts). */
const CSV_HEADER = 'Numri,Gjendja,Thirrja,Rajoni,Organizata,Dorëzuar më,Ndryshuar më';

/** `YYYY-MM-DDTHH:mm` as a datetime-local field takes it, `days` from today. */
function localDateTime(days: number, time: string): string {
  return `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

/** The same wall-clock time `days` later. */
function laterBy(local: string, days: number): string {
  const [date, time] = local.split('T');
  return `${new Date(Date.parse(`${date}T00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

/** A part of the call editor: a `<section>` named by its heading. */
const part = (page: Page, section: string): Locator =>
  page.getByRole('region', { name: t(`sections.${section}`), exact: true });

/** A text in both languages: the Albanian and the English field labelled "<label> (shqip|anglisht)". */
async function fillBoth(scope: Locator, label: string, text: { sq: string; en: string }): Promise<void> {
  for (const locale of ['sq', 'en'] as const) {
    const name = fill(t('inLanguage'), { label, language: t(`languages.${locale}`) });
    await scope.getByLabel(name, { exact: true }).fill(text[locale]);
  }
}

async function confirmPublishing(page: Page): Promise<void> {
  await page.getByRole('button', { name: t('publish'), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: t('publishDialog.title') });
  await expect(dialog).toBeVisible();
  return dialog.getByRole('button', { name: t('publishDialog.confirm'), exact: true }).click();
}

test.describe('a programme manager manages calls (sq)', () => {
  test('drafts, previews, publishes and amends a call, then exports the demo call’s applications', async ({ browser }) => {
    test.setTimeout(90_000);
    const id = uniqueSuffix();
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Tirane', year: 'numeric' }).format(new Date());
    const demoReference = `SK-${year}-01`;
    const title = { sq: `Fuqizimi ekonomik i grave në Tiranë dhe Dibër ${id}`, en: `Economic empowerment of women in Tirana and Dibër ${id}` };
    const opensAt = localDateTime(30, '09:00');
    const deadline = localDateTime(60, '12:00');
    const page = await newPerson(browser);
    const main = page.getByRole('main');
    const shot = (name: string) => snapshot(page, `manage-calls-sq-${name}`);

    // 1. Signs in with the code from the authenticator app and opens "Manage calls".
    await page.goto('/sign-in');
    await signIn(page, PROGRAMME_MANAGER, DEMO_PASSWORD, SIGN_IN_SQ, true);
    await page.getByRole('navigation').getByRole('link', { name: say(global, 'nav.manageCalls') }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('title'));
    // The search applies after a pause; waiting for it keeps it from taking the next click's place.
    await main.getByLabel(t('list.search')).fill(demoReference);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${demoReference}`));
    const demoRow = main.getByRole('row').filter({ has: page.getByRole('cell', { name: demoReference, exact: true }) });
    await expect(demoRow.getByText(t('status.published'))).toBeVisible();
    await shot('1-list');

    // 2. A new call: the texts in both languages, the dates in Tirana time, the money and two lots.
    await main.getByRole('link', { name: t('newCall') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('newTitle'));
    const basics = part(page, 'basics');
    await fillBoth(basics, t('fields.title'), title);
    await fillBoth(basics, t('fields.text'), {
      sq: 'Grante për organizatat që ndihmojnë gratë e mbijetuara të dhunës të gjejnë punë ose të hapin një biznes.',
      en: 'Grants for organisations helping women who survived violence find a job or start a business.',
    });
    await basics.getByLabel(t('fields.opensAt'), { exact: true }).fill(opensAt);
    await basics.getByLabel(t('fields.deadline'), { exact: true }).fill(deadline);
    await expect(basics.getByText(t('time.tirana')).first()).toBeVisible();

    const money = part(page, 'money');
    await money.getByLabel(t('fields.totalBudget'), { exact: true }).fill('200000');
    await money.getByLabel(t('fields.minGrant'), { exact: true }).fill('15000');
    await money.getByLabel(t('fields.maxGrant'), { exact: true }).fill('50000');
    await expect(money.getByText(lead(t('amountEcho'))).first()).toBeVisible();

    const lots = part(page, 'lots');
    for (const [region, envelope] of [
      ['Tiranë', '120000'],
      ['Dibër', '80000'],
    ]) {
      await lots.getByRole('checkbox', { name: region, exact: true }).check();
      await lots.getByLabel(fill(t('lots.envelope'), { region }), { exact: true }).fill(envelope);
    }
    await expect(lots.getByRole('checkbox', { checked: true })).toHaveCount(2);
    await expect(lots.getByText(/200[.\s ]?000/).first()).toBeVisible();
    // The PRAG grid comes with a new call, and is kept.
    await expect(part(page, 'grid').getByTestId('grid-total')).toHaveText('100');
    await shot('2-new');

    // 3. Saves the draft: it gets a reference, and the page says when it was saved.
    await main.getByRole('button', { name: t('saveDraft') }).click();
    await expect(page).toHaveURL(/\/manage\/calls\/[0-9a-f-]{36}$/);
    await expect(main.getByRole('status').getByText(lead(t('savedAt')))).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('editTitle'));
    const header = main.locator('.page-header__meta');
    await expect(header.getByText(t('status.draft'))).toBeVisible();
    const reference = (await header.locator('span').first().textContent())!.trim();
    expect(reference).toMatch(new RegExp(`^SK-${year}-\\d{2,}$`));

    // 4. The preview, as applicants will read it.
    await page.getByRole('tab', { name: t('tabs.preview') }).click();
    await expect(main.getByText(t('previewIntro'))).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: title.sq })).toBeVisible();
    await shot('3-preview');
    await page.getByRole('tab', { name: t('tabs.edit') }).click();

    // 5. Publishing is refused while the checklist and the documents are missing: every problem listed.
    await confirmPublishing(page);
    const problems = main.locator('sk-call-problem-list');
    await expect(problems.getByRole('link', { name: new RegExp(`^${t('sections.eligibility')}:`) })).toBeVisible();
    await expect(problems.getByRole('link', { name: new RegExp(`^${t('sections.attachments')}:`) })).toBeVisible();
    await shot('4-problems');
    await problems.getByRole('link', { name: new RegExp(`^${t('sections.eligibility')}:`) }).click();

    // 6. One eligibility criterion and one required document; publishing saves them first.
    const eligibility = part(page, 'eligibility');
    await eligibility.getByRole('button', { name: t('eligibility.add') }).click();
    await fillBoth(eligibility, t('fields.eligibilityText'), {
      sq: 'Organizata është e regjistruar në Shqipëri prej të paktën dy vjetësh.',
      en: 'The organisation has been registered in Albania for at least two years.',
    });
    const documents = part(page, 'attachments');
    await documents.getByRole('button', { name: t('attachments.add') }).click();
    await fillBoth(documents, t('fields.attachmentName'), { sq: 'Statuti i organizatës', en: 'Statute of the organisation' });
    await expect(main.getByRole('status').getByText(t('unsaved'))).toBeVisible();
    await confirmPublishing(page);
    await expect(main.getByText(t('outcomeDetail.published'))).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('viewTitle'));
    await expect(header.getByText(t('status.published'))).toBeVisible();
    await expect(main.getByText(t('amendments.none'))).toBeVisible();
    await shot('5-published');

    // 7. Amends it: the deadline a week later, with the reason in both languages.
    await main.getByRole('button', { name: t('amend.open') }).click();
    const amendment = main.locator('sk-call-amend-form');
    await expect(amendment.getByRole('heading', { level: 2, name: t('amend.title') })).toBeFocused();
    await fillBoth(amendment, t('fields.reason'), {
      sq: 'Afati zgjatet me një javë me kërkesë të organizatave në Dibër.',
      en: 'The deadline is extended by a week at the request of organisations in Dibër.',
    });
    await amendment.getByLabel(t('fields.deadline'), { exact: true }).fill(laterBy(deadline, 7));
    await shot('6-amend');
    await amendment.getByRole('button', { name: t('amend.submit') }).click();
    await expect(main.getByText(t('outcomeDetail.amended'))).toBeVisible({ timeout: 15_000 });
    const amendments = page.getByRole('region', { name: t('amendments.title') });
    await expect(amendments.getByRole('heading', { level: 3, name: new RegExp(`^${lead(t('amendments.heading'))} 1,`) })).toBeVisible();
    await expect(amendments.getByText('Afati zgjatet me një javë')).toBeVisible();
    await expect(amendments.getByText(`${t('amendments.fields.deadline')}:`)).toBeVisible();
    await shot('7-amended');

    // 8. The list shows the new call published.
    await main.getByRole('link', { name: t('backToList') }).click();
    await main.getByLabel(t('list.search')).fill(id);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${id}`));
    const row = main.getByRole('row').filter({ hasText: reference });
    await expect(row.getByRole('link', { name: title.sq })).toBeVisible();
    await expect(row.getByText(t('status.published'))).toBeVisible();

    // 9. The applications of the demo call, exported as CSV with headers in Albanian.
    await page.getByRole('navigation').getByRole('link', { name: say(global, 'nav.applications') }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(applications, 'staff.title'));
    await main.getByRole('combobox', { name: say(applications, 'filters.call') }).click();
    await page.getByRole('option', { name: new RegExp(`^${demoReference} · `) }).click();
    await expect(page).toHaveURL(/[?&]callId=[0-9a-f-]{36}/);
    const exportButton = main.getByRole('button', { name: say(applications, 'export.filtered') });
    await shot('8-applications');
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith(`\uFEFF${CSV_HEADER}\r\n`)).toBe(true);
    for (const line of csv.slice(1).split('\r\n').slice(1, -1)) expect(line.split(',')[2]).toBe(demoReference);

    await page.context().close();
  });
});
