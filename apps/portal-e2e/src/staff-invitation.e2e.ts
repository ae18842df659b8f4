import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ADMIN, DEMO_PASSWORD, SIGN_IN_EN, signIn, uniqueSuffix } from './accounts';
import { latestMail, portalLink } from './mail';
import { chooseLanguage, newPerson, snapshot } from './support';

// The person invited is an EU-reporting officer, not an evaluator: the evaluation journey runs beside
// this one and plans its assignments over every active evaluator, so a fourth one appearing midway
// would take some of its slots.
test.describe('an administrator brings a reporting officer in', () => {
  test('invites a reporting officer in English; they set a password from the e-mail and sign in', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const id = uniqueSuffix();
    const invitee = `reporting.${id}@e2e.test`;
    const name = `Jonas Weber ${id}`;
    const password = 'Mali i Tomorrit ne mjegull 9';

    const admin = await newPerson(browser);
    await admin.goto('/sign-in');
    await chooseLanguage(admin, 'en');
    await signIn(admin, ADMIN, DEMO_PASSWORD, SIGN_IN_EN, true);
    await expect(admin).toHaveURL(/\/admin\/users$/);
    await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Users and invitations');
    await expect(admin.getByRole('cell', { name: 'admin@skema.test' })).toBeVisible();
    await snapshot(admin, 'admin-users-en');

    await admin.getByRole('button', { name: 'Invite staff' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Invite a member of staff' });
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();
    await expect(dialog.getByText('This field is required.').first()).toBeVisible();
    await dialog.getByLabel('Full name').fill(name);
    await dialog.getByLabel('E-mail', { exact: true }).fill(invitee);
    await dialog.getByRole('checkbox', { name: 'Reporting officer' }).check();
    await dialog.getByLabel('Language of the e-mails').click();
    await admin.getByRole('option', { name: 'English' }).click();
    await snapshot(admin, 'admin-invite-dialog-en');
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();
    await expect(dialog).toBeHidden();
    await expect(admin.getByText(`Invitation sent to ${invitee}.`)).toBeVisible();

    // The new account waits for its invitation to be accepted.
    await admin.getByLabel('Search by name or e-mail').fill(invitee);
    const row = admin.getByRole('row').filter({ hasText: invitee });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell', { name: 'Invitation not accepted' })).toBeVisible();
    await expect(row.getByRole('cell', { name: 'Reporting officer', exact: true })).toBeVisible();

    // The invitation is in the audit log, with what was written.
    await admin.getByRole('link', { name: 'Audit log' }).click();
    await admin.getByLabel('Table', { exact: true }).fill('users');
    await admin.keyboard.press('Escape');
    const entry = admin.getByRole('row').filter({ hasText: 'Created' }).first();
    await entry.getByRole('button', { name: /Show the change to users/ }).click();
    // Personal data is masked in the log when it is written.
    const change = admin.getByRole('table', { name: /Change to users/ });
    await expect(change.getByRole('row', { name: /^email — / })).toContainText('***@');
    await snapshot(admin, 'admin-audit-en');

    // The officer follows the e-mail link in a browser of their own, which starts in Albanian.
    const invitation = await latestMail(invitee, 'invitation');
    expect(invitation.subject).toBe('Invitation to Skema');
    const person = await newPerson(browser);
    await person.goto(portalLink(invitation, '/accept-invitation?token='));
    await expect(person.getByRole('heading', { level: 1 })).toHaveText('Pranoni ftesën');
    await chooseLanguage(person, 'en');
    await expect(person.getByRole('heading', { level: 1 })).toHaveText('Accept the invitation');
    await person.getByLabel('New password').fill(password);
    await expect(person.getByText(/^(Good|Strong):/)).toBeVisible();
    await snapshot(person, 'accept-invitation-en');
    await person.getByRole('button', { name: 'Set the password' }).click();
    await expect(person.getByText('Your password is set. Sign in to start.')).toBeVisible();

    await signIn(person, invitee, password, SIGN_IN_EN);
    await expect(person).toHaveURL(/\/notifications$/);
    await person.getByRole('link', { name: 'Your account' }).click();
    await expect(person.getByRole('main').getByText(name)).toBeVisible();
    await expect(person.getByRole('main').getByText('Reporting officer', { exact: true })).toBeVisible();
    await snapshot(person, 'reporting-officer-account-en');

    // Reporting officers see no administration, and the API's pages for it stay closed to them.
    await expect(person.getByRole('link', { name: 'Users and invitations' })).toHaveCount(0);
    await person.goto('/admin/users');
    await expect(person.getByRole('heading', { level: 1 })).toHaveText('You cannot open this page');

    // A reload keeps the session (the refresh cookie), and signing out ends it.
    await person.goto('/account');
    await expect(person.getByRole('heading', { level: 1 })).toHaveText('Your account');
    await person.getByRole('button', { name: `Account menu of ${name}` }).click();
    await person.getByRole('button', { name: 'Sign out' }).click();
    await expect(person).toHaveURL(/\/$/);
    await person.goto('/account');
    await expect(person).toHaveURL(/\/sign-in\?returnUrl=%2Faccount$/);

    await admin.context().close();
    await person.context().close();
  });

  test('the sign-in and registration pages have no serious accessibility violations', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of ['/sign-in', '/register', '/forgot-password']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect({ path, violations: serious.map((v) => `${v.id}: ${v.help}`) }).toEqual({ path, violations: [] });
    }
    // On a phone the form keeps to one column and the navigation folds away.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/register');
    await expect(page.getByRole('button', { name: 'Hap menynë e navigimit' })).toBeVisible();
    await snapshot(page, 'register-phone-sq');
    await context.close();
  });
});
