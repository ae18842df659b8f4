import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, PROGRAMME_MANAGER, SIGN_IN_EN, SIGN_IN_SQ, type SignInWords, signIn } from './accounts';
import { latestMail } from './mail';
import { chooseLanguage, newPerson, snapshot } from './support';
import { type Dictionary, dictionary, fill, say } from './words';

/**
 * Issue 5's journey on the demo call in evaluation (`SK-<year>-02`, seeded closed with five submitted
 * applications in Tirana and Kukës): the programme manager (sq) checks eligibility — one application
 * fails — and assigns evaluators automatically; the third evaluator declares a conflict on each of
 * theirs, so the other two take every slot; those two score every application, one in Albanian and
 * one in English, and disagree on VMA's; the manager records a moderation for it, reduces an award
 * so it fits the envelope, confirms both lots, publishes the results and downloads the evaluation
 * report; VMA (sq) and Tdh (en) read their results, scores and comments without evaluator names.
 * Then issue 6's journey goes on from the published results: Tdh's award becomes an 18-month grant
 * contract, two finance officers pay the pre-financing under four eyes, Tdh (en) reports the first
 * year, the manager approves the report and the interim tranche is paid in turn.
 * The call is the only one in evaluation, and no other journey touches it; the two tests run in order.
 */
const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Tirane', year: 'numeric' }).format(new Date());
const CALL = `SK-${year}-02`;
const ref = (lot: 'KUK' | 'TIR', n: number) => `SK-${year}-${lot}-${String(n).padStart(4, '0')}`;
const VMA = ref('KUK', 1);
const TDH = ref('KUK', 2);
const DE_KUKES = ref('KUK', 3);
const DE_TIRANA = ref('TIR', 1);
const QKGV = ref('TIR', 2);

/** What each application deserves on the 1–5 scale, per the agreeing evaluator. */
const MERIT: Record<string, number> = { [VMA]: 4, [TDH]: 5, [DE_KUKES]: 3, [DE_TIRANA]: 4 };
/** The English-speaking evaluator sees VMA's application very differently: a divergence. */
const DISSENT: Record<string, number> = { [VMA]: 2 };

const pm = dictionary('evaluation-management', 'sq');

interface Evaluator {
  email: string;
  locale: 'sq' | 'en';
  words: SignInWords;
  name: string;
}
const EVALUATORS: Evaluator[] = [
  { email: 'evaluator1@skema.test', locale: 'sq', words: SIGN_IN_SQ, name: 'Blerina Gjoka' },
  { email: 'evaluator2@skema.test', locale: 'en', words: SIGN_IN_EN, name: 'Jonas Weber' },
];
const CONFLICTED = { email: 'evaluator3@skema.test', name: 'Ilir Basha' };

async function signInAs(page: Page, email: string, locale: 'sq' | 'en', secondFactor = false): Promise<void> {
  await page.goto('/sign-in');
  if (locale === 'en') await chooseLanguage(page, 'en');
  await signIn(page, email, DEMO_PASSWORD, locale === 'en' ? SIGN_IN_EN : SIGN_IN_SQ, secondFactor);
}

/** A translated sentence as a pattern: the given parameters filled in, any other one matching anything. */
function shaped(text: string, params: Record<string, string>): RegExp {
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = text
    .split(/({{\s*\w+\s*}})/)
    .map((part) => {
      const name = /^{{\s*(\w+)\s*}}$/.exec(part)?.[1];
      if (!name) return escape(part);
      return name in params ? escape(params[name]) : '.*';
    })
    .join('');
  return new RegExp(source);
}

/** The tab of the evaluation workspace named `key`. */
async function openTab(page: Page, key: string): Promise<void> {
  await page.getByRole('tab', { name: say(pm, `tabs.${key}`) }).click();
  await expect(page.getByRole('tab', { name: say(pm, `tabs.${key}`) })).toHaveAttribute('aria-selected', 'true');
}

async function checkEligibility(page: Page, reference: string, failFirstItem: boolean): Promise<void> {
  await page.getByRole('button', { name: fill(say(pm, 'eligibility.openFor'), { reference }) }).click();
  const check = page.getByRole('region', { name: fill(say(pm, 'eligibility.checkTitle'), { reference }) });
  await expect(check.getByRole('button', { name: say(pm, 'eligibility.save') })).toBeVisible();
  const items = check.locator('fieldset.item');
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    const fail = failFirstItem && i === 0;
    await item
      .getByRole('radio', { name: say(pm, fail ? 'eligibility.fail' : 'eligibility.pass'), exact: true })
      .click();
    if (fail) await item.getByRole('textbox').fill('Mungon vendimi i gjykatës për regjistrimin e organizatës.');
  }
  await expect(
    check.getByText(say(pm, failFirstItem ? 'eligibility.willBe.ineligible' : 'eligibility.willBe.eligible')),
  ).toBeVisible();
  await check.getByRole('button', { name: say(pm, 'eligibility.save') }).click();
  await expect(
    check.getByText(say(pm, failFirstItem ? 'eligibility.savedAs.ineligible' : 'eligibility.savedAs.eligible')),
  ).toBeVisible();
  await check.getByRole('button', { name: say(pm, 'eligibility.close') }).click();
}

/** Gives every criterion `score` (capped at its maximum) with a comment, autosaved, then submits. */
async function scoreAndSubmit(page: Page, words: Dictionary, reference: string, score: number): Promise<void> {
  const grid = page.getByRole('region', { name: say(words, 'sheet.grid.heading') });
  const groups = grid.locator('mat-button-toggle-group');
  await expect(groups.first()).toBeVisible();
  const count = await groups.count();
  expect(count).toBeGreaterThanOrEqual(15);
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    const options = group.locator('mat-button-toggle');
    const max = await options.count();
    await options
      .nth(Math.min(score, max) - 1)
      .locator('button')
      .click();
  }
  const comments = grid.getByRole('textbox');
  for (let i = 0; i < (await comments.count()); i++) {
    await comments
      .nth(i)
      .fill(`${reference}: ${score === 5 ? 'shumë e fortë' : score >= 4 ? 'e mirë' : 'e dobët'}, kriteri ${i + 1}.`);
  }
  await page.getByRole('button', { name: say(words, 'sheet.submit.action') }).click();
  const dialog = page.getByRole('dialog', { name: say(words, 'sheet.submit.confirm.title') });
  await dialog.getByRole('button', { name: say(words, 'sheet.submit.confirm.confirm'), exact: true }).click();
  await expect(page.getByText(say(words, 'sheet.submit.done'))).toBeVisible();
}

async function signDeclarationAndScore(page: Page, words: Dictionary, reference: string, score: number): Promise<void> {
  await page.getByRole('button', { name: fill(say(words, 'list.actions.declareOf'), { reference }) }).click();
  const dialog = page.getByRole('dialog', { name: say(words, 'declaration.title') });
  await dialog.getByText(say(words, 'declaration.sign')).click();
  await dialog.getByRole('button', { name: say(words, 'declaration.submitSign') }).click();
  await expect(page).toHaveURL(/\/evaluations\/[0-9a-f-]{36}/);
  await scoreAndSubmit(page, words, reference, score);
}

/** References in the evaluator's list still to act on (declaration or scoring). */
async function actionable(page: Page, words: Dictionary): Promise<string[]> {
  await page.goto('/evaluations');
  const table = page.getByRole('region', { name: say(words, 'list.caption') });
  await expect(table).toBeVisible();
  const buttons = page.getByRole('button', { name: new RegExp(say(words, 'list.actions.declare')) });
  const labels = await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  return labels.map((label) => /SK-\d{4}-[A-Z]{3}-\d{4}/.exec(label)?.[0] ?? '').filter(Boolean);
}

test.describe('the evaluation of a call, from eligibility to published results', () => {
  // A long journey: a step that cannot happen fails within seconds, not at the end of the whole budget.
  test.use({ actionTimeout: 15_000 });
  // It changes the demo call for good (eligibility, assignments, publication): a retry on the same
  // database could only fail differently and hide the first failure.
  test.describe.configure({ retries: 0, mode: 'serial' });
  test('eligibility, assignment, conflict, scoring in two languages, moderation, awards, publication, results', async ({
    browser,
  }) => {
    test.setTimeout(300_000);
    const manager = await newPerson(browser);
    await signInAs(manager, PROGRAMME_MANAGER, 'sq', true);
    await manager.goto('/manage/calls');
    await manager
      .getByRole('link', { name: fill(say(dictionary('call-management', 'sq'), 'evaluationOf'), { reference: CALL }) })
      .click();
    await expect(manager.getByRole('heading', { level: 1 })).toContainText(say(pm, 'title'));

    // 1. Eligibility: four pass, QKGV's fails its first item.
    await openTab(manager, 'eligibility');
    for (const reference of [VMA, TDH, DE_KUKES, DE_TIRANA]) await checkEligibility(manager, reference, false);
    await checkEligibility(manager, QKGV, true);
    await snapshot(manager, 'evaluation-sq-eligibility');

    // 2. Assignment: two evaluators per eligible application, balanced.
    await openTab(manager, 'assignments');
    await manager.getByRole('button', { name: say(pm, 'assignments.auto') }).click();
    await expect(manager.getByText(fill(say(pm, 'assignments.plan.created'), { count: 8 }))).toBeVisible();
    await snapshot(manager, 'evaluation-sq-assignments');

    // 3. The third evaluator declares a conflict on each assignment: the slots go to the other two.
    const conflicted = await newPerson(browser);
    await signInAs(conflicted, CONFLICTED.email, 'sq');
    const sqWords = dictionary('evaluations', 'sq');
    for (const reference of await actionable(conflicted, sqWords)) {
      await conflicted
        .getByRole('button', { name: fill(say(sqWords, 'list.actions.declareOf'), { reference }) })
        .click();
      const dialog = conflicted.getByRole('dialog', { name: say(sqWords, 'declaration.title') });
      await dialog.getByText(say(sqWords, 'declaration.conflict')).click();
      await dialog
        .getByLabel(say(sqWords, 'declaration.reason'))
        .fill('Kam punuar si konsulent për këtë organizatë vitin e kaluar.');
      await dialog.getByRole('button', { name: say(sqWords, 'declaration.submitConflict') }).click();
      await expect(conflicted.getByText(fill(say(sqWords, 'list.conflictDeclared'), { reference }))).toBeVisible();
    }
    await snapshot(conflicted, 'evaluation-sq-conflicts');

    // 4. Two evaluators, each in their own language, score every eligible application.
    for (const evaluator of EVALUATORS) {
      const page = await newPerson(browser);
      await signInAs(page, evaluator.email, evaluator.locale);
      const words = dictionary('evaluations', evaluator.locale);
      const todo = await actionable(page, words);
      expect(todo.sort()).toEqual([DE_KUKES, TDH, VMA, DE_TIRANA].sort());
      await snapshot(page, `evaluation-${evaluator.locale}-list`);
      for (const [index, reference] of todo.entries()) {
        if (index > 0) await page.goto('/evaluations');
        const score = evaluator.locale === 'en' ? (DISSENT[reference] ?? MERIT[reference]) : MERIT[reference];
        await signDeclarationAndScore(page, words, reference, score);
        if (index === 0) await snapshot(page, `evaluation-${evaluator.locale}-sheet-submitted`);
      }
      await page.goto('/evaluations');
      await expect(page.getByRole('button', { name: new RegExp(say(words, 'list.actions.declare')) })).toHaveCount(0);
      await page.context().close();
    }

    // 5. The manager sees VMA's divergence and records the committee's moderation.
    await manager.reload();
    await openTab(manager, 'consolidation');
    await manager.getByRole('combobox', { name: say(pm, 'consolidation.state') }).click();
    await manager.getByRole('option', { name: say(pm, 'consolidation.states.divergent') }).click();
    await expect(manager.getByRole('button', { name: new RegExp(say(pm, 'consolidation.open')) })).toHaveCount(1);
    await manager.getByRole('button', { name: fill(say(pm, 'consolidation.openFor'), { reference: VMA }) }).click();
    const evaluations = manager.getByRole('region', { name: fill(say(pm, 'evaluations.title'), { reference: VMA }) });
    await expect(evaluations.getByText(say(pm, 'evaluations.divergentAdvice'))).toBeVisible();
    await snapshot(manager, 'evaluation-sq-divergence');
    await evaluations.getByRole('button', { name: say(pm, 'evaluations.moderate') }).click();
    const sectionFields = evaluations.getByRole('textbox', { name: /^Seksioni/ });
    // The committee agrees on 70% of every section's maximum.
    const maxima = [20, 30, 20, 15, 15];
    await expect(sectionFields.first()).toBeVisible();
    expect(await sectionFields.count()).toBe(maxima.length);
    for (const [i, max] of maxima.entries())
      await sectionFields.nth(i).fill(String((max * 0.7).toFixed(2)).replace('.', ','));
    await evaluations
      .getByLabel(say(pm, 'moderation.note'))
      .fill('Komisioni pajtohet me vlerësuesin e parë, me rezerva për kapacitetin.');
    await evaluations.getByRole('button', { name: say(pm, 'moderation.save') }).click();
    await expect(evaluations.getByText(say(pm, 'evaluations.moderated'))).toBeVisible();

    // 6. Ranking: Kukës has Tdh first, VMA second (reduced to fit), D&E Kukës below the relevance threshold.
    await openTab(manager, 'ranking');
    const kukes = manager.getByRole('region', { name: fill(say(pm, 'ranking.rankedCaption'), { region: 'Kukës' }) });
    await expect(kukes.getByRole('row').nth(1)).toContainText(TDH);
    await expect(kukes.getByTestId('envelope-line')).toBeVisible();
    await snapshot(manager, 'evaluation-sq-ranking-before');
    // VMA's EUR 27,000 does not fit the EUR 24,000 left after Tdh: reserve, until the award is reduced to fit.
    await expect(kukes.getByRole('row').filter({ hasText: VMA })).toContainText(
      fill(say(pm, 'ranking.reserveNumber'), { n: 1 }),
    );
    await kukes.getByLabel(fill(say(pm, 'ranking.awardFor'), { reference: VMA })).fill('24000');
    for (const region of ['Kukës', 'Tiranë']) {
      const lot = manager
        .locator('section.lot')
        .filter({ has: manager.getByRole('heading', { name: fill(say(pm, 'ranking.lotTitle'), { region }) }) });
      await lot.getByRole('button', { name: say(pm, 'ranking.confirm') }).click();
      await expect(lot.getByText(say(pm, 'ranking.confirmedNow'))).toBeVisible();
    }
    await expect(kukes.getByRole('row').filter({ hasText: VMA })).toContainText(say(pm, 'ranking.outcomes.selected'));
    await expect(kukes.getByRole('row').filter({ hasText: DE_KUKES })).toHaveCount(0);
    await snapshot(manager, 'evaluation-sq-ranking-confirmed');
    await manager.getByRole('button', { name: say(pm, 'ranking.publish') }).click();
    const publish = manager.getByRole('dialog', { name: say(pm, 'ranking.publishDialog.title') });
    await publish.getByRole('button', { name: say(pm, 'ranking.publishDialog.confirm'), exact: true }).click();
    await expect(manager.getByText(say(pm, 'ranking.publishedNow').split('(')[0].trim())).toBeVisible();

    // 7. The evaluation report, made in the background, downloaded as PDF.
    await openTab(manager, 'report');
    await manager.getByRole('button', { name: say(pm, 'report.make.pdf') }).click();
    const download = manager.getByRole('button', {
      name: new RegExp(say(pm, 'report.download').split('{{')[0].trim()),
    });
    await expect(download).toBeVisible({ timeout: 30_000 });
    await snapshot(manager, 'evaluation-sq-report');
    const [file] = await Promise.all([manager.waitForEvent('download'), download.click()]);
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    // 8. The applicants learn their results: VMA in Albanian, Tdh in English.
    for (const [email, locale, reference, outcome] of [
      ['applicant@vma-kukes.test', 'sq', VMA, 'selected'],
      ['applicant@tdh.test', 'en', TDH, 'selected'],
    ] as const) {
      const mail = await latestMail(email, 'evaluation_result');
      expect(mail.subject).toContain(reference);
      const page = await newPerson(browser);
      await signInAs(page, email, locale);
      const words = dictionary('evaluations', locale);
      await page.goto('/applications');
      await page.getByRole('link', { name: reference }).click();
      const result = page.getByRole('region', { name: say(words, 'result.heading') });
      await expect(result).toContainText(say(words, `result.outcomes.${outcome}`));
      await expect(result).toContainText(fill(say(words, 'result.evaluator'), { n: 1 }));
      for (const name of [...EVALUATORS.map((e) => e.name), CONFLICTED.name])
        await expect(result).not.toContainText(name);
      await snapshot(page, `evaluation-${locale}-result`);
      await page.context().close();
    }
  });
  test('award → contract → pre-financing paid under four eyes → interim report approved → interim tranche paid', async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const grantWords = dictionary('grant', 'sq');
    const pay = dictionary('payments', 'sq');
    const g = (path: string, params?: Record<string, string | number>) =>
      params ? fill(say(grantWords, path), params) : say(grantWords, path);
    const p = (path: string, params?: Record<string, string | number>) =>
      params ? fill(say(pay, path), params) : say(pay, path);

    // The programme manager contracts Tdh's award for 18 months: pre-financing, one interim tranche, the balance.
    const manager = await newPerson(browser);
    await signInAs(manager, PROGRAMME_MANAGER, 'sq', true);
    await manager.goto('/manage/calls');
    await manager
      .getByRole('link', { name: fill(say(dictionary('call-management', 'sq'), 'evaluationOf'), { reference: CALL }) })
      .click();
    await openTab(manager, 'ranking');
    await manager.getByRole('button', { name: g('contract.actionFor', { reference: TDH }) }).click();
    const contract = manager.getByRole('dialog');
    await contract.getByLabel(g('contract.startDate')).fill('2027-01-01');
    await contract.getByLabel(g('contract.endDate')).fill('2028-06-30');
    await contract.getByRole('button', { name: g('contract.create') }).click();
    await expect(manager).toHaveURL(/\/my-grants\/[0-9a-f-]{36}/);
    const grantPath = new URL(manager.url()).pathname;
    const heading = await manager.getByRole('heading', { level: 1 }).innerText();
    const contractNumber = /SK-G-\d{4}-KUK-\d{3}/.exec(heading)?.[0] ?? '';
    expect(contractNumber).not.toBe('');
    await snapshot(manager, 'grant-sq-contract');

    // Pre-financing: prepared by one finance officer, approved by another, marked paid.
    const payTrancheOf = async () => {
      const first = await newPerson(browser);
      await signInAs(first, 'finance@skema.test', 'sq', true);
      await first.goto('/payments');
      await first.getByRole('button', { name: p('due.prepareFor', { contract: contractNumber }) }).click();
      await expect(first.getByText(shaped(say(pay, 'due.prepared'), { contract: contractNumber }))).toBeVisible();
      const second = await newPerson(browser);
      await signInAs(second, 'finance2@skema.test', 'sq', true);
      await second.goto('/payments?tab=requested');
      await second.getByRole('button', { name: p('queue.approveFor', { contract: contractNumber }) }).click();
      await second
        .getByRole('dialog')
        .getByRole('button', { name: p('approveDialog.confirm') })
        .click();
      await expect(second.getByRole('dialog')).toHaveCount(0);
      await first.goto('/payments?tab=approved');
      await first.getByRole('button', { name: p('queue.markPaidFor', { contract: contractNumber }) }).click();
      const paid = first.getByRole('dialog');
      await paid.getByLabel(p('paidDialog.bankReference')).fill(`BKT-${Date.now()}`);
      await paid.getByRole('button', { name: p('paidDialog.confirm') }).click();
      await expect(first.getByRole('dialog')).toHaveCount(0);
      await snapshot(first, 'grant-sq-paid');
      await first.context().close();
      await second.context().close();
    };
    await payTrancheOf();

    // Tdh's staff report the first year: EUR 30,000 of eligible costs, well past 70% of the pre-financing.
    const grantee = await newPerson(browser);
    await signInAs(grantee, 'applicant@tdh.test', 'en');
    const en = dictionary('grant', 'en');
    await grantee.goto(`${grantPath}?tab=reports`);
    // The interim report of the first year (the final report's panel comes after it).
    const report = grantee.locator('mat-expansion-panel.report').first();
    const spentFields = report.getByRole('textbox', { name: /^Spent on / });
    await expect(spentFields.first()).toBeVisible();
    const lines = await spentFields.count();
    for (let i = 0; i < lines; i++) await spentFields.nth(i).fill(String(Math.floor(30_000 / lines)));
    await report
      .getByLabel(say(en, 'reports.narrative.activities'))
      .fill('Apprenticeships with 20 employers in Kukës.');
    await report.getByLabel(say(en, 'reports.narrative.results')).fill('38 young people trained, 17 placed in work.');
    await report
      .getByLabel(say(en, 'reports.narrative.difficulties'))
      .fill('Winter roads delayed two courses by a month.');
    await report.getByRole('button', { name: say(en, 'reports.submit') }).click();
    await grantee
      .getByRole('dialog')
      .getByRole('button', { name: say(en, 'reports.submitDialog.confirm') })
      .click();
    await expect(grantee.getByText(say(en, 'reports.submitted'))).toBeVisible();
    await snapshot(grantee, 'grant-en-report-submitted');

    // The programme manager approves it; the interim tranche becomes payable and is paid.
    await manager.goto(`${grantPath}?tab=reports`);
    await manager.getByRole('button', { name: g('reports.review.approve') }).click();
    await expect(manager.getByText(g('reports.review.approved'))).toBeVisible();
    await payTrancheOf();

    // The grant shows both tranches paid and the year's spending against its budget.
    await grantee.goto(grantPath);
    await expect(grantee.getByText(/€28,800\.00 of €36,000\.00/)).toBeVisible();
    await snapshot(grantee, 'grant-en-after-interim');
  });
});
