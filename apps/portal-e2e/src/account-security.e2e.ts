import { expect, test, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { ADMIN, DEMO_PASSWORD, SIGN_IN_EN, SIGN_IN_SQ, signIn, totp, uniqueSuffix } from './accounts';
import { latestMail, portalLink } from './mail';
import { chooseLanguage, clientAddress, newPerson, snapshot } from './support';

/** Scans nothing: reads the key shown beside the QR code, as a person without a camera would type it. */
async function turnOnSecondFactor(page: Page, words: { code: string; turnOn: string; saved: string }): Promise<void> {
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
  await page.getByLabel(words.code).fill(await generate({ secret }));
  await page.getByRole('button', { name: words.turnOn }).click();
  await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
  await page.getByRole('button', { name: words.saved }).click();
}

test.describe('people look after their own account', () => {
  test('an applicant turns on two-step verification, sees their devices and chooses their e-mails', async ({ browser }) => {
    test.setTimeout(60_000);
    const page = await newPerson(browser);
    await page.goto('/sign-in');
    await chooseLanguage(page, 'en');
    // A demo applicant no other journey uses: this one changes how they sign in.
    await signIn(page, 'applicant@tendryshem.test', DEMO_PASSWORD, SIGN_IN_EN);

    await page.getByRole('button', { name: /^Account menu of/ }).click();
    await page.getByRole('link', { name: 'Security' }).click();
    await expect(page.getByRole('heading', { name: 'Two-step verification' })).toBeVisible();
    await expect(page.getByText('This device')).toBeVisible();
    await page.getByRole('button', { name: 'Set up two-step verification' }).click();

    await expect(page.getByRole('img', { name: 'QR code to add Skema to an authenticator app' })).toBeVisible();
    await expect(page.getByLabel('Code from the app')).toBeFocused();
    await snapshot(page, 'two-factor-scan-en');
    await page.getByLabel('Code from the app').fill('000000');
    await page.getByRole('button', { name: 'Turn on' }).click();
    await expect(page.getByText('The code is not right or has expired.')).toBeVisible();
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
    await page.getByLabel('Code from the app').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Turn on' }).click();

    await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeFocused();
    await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
    await snapshot(page, 'two-factor-recovery-codes-en');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download' }).click();
    expect((await download).suggestedFilename()).toBe('skema-recovery-codes.txt');
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await expect(page.getByText('Two-step verification is on.')).toBeVisible();

    await page.getByRole('tab', { name: 'Profile' }).click();
    await expect(page.getByRole('definition').filter({ hasText: 'Manage' })).toContainText('On');

    // Role changes may stay in Skema only; security alerts always come by e-mail.
    await page.goto('/notifications/preferences');
    const roleChanges = page.getByRole('switch', { name: 'Roles changed' });
    await expect(roleChanges).toBeChecked();
    await expect(page.getByRole('switch', { name: /Security alerts/ })).toBeDisabled();
    await roleChanges.click();
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expect(page.getByText('Your preferences are saved.')).toBeVisible();
    await expect(page.getByRole('switch', { name: 'Roles changed' })).not.toBeChecked();
    await snapshot(page, 'notification-preferences-en');
  });

  test('the administrator opens the job queues dashboard in a new tab', async ({ browser }) => {
    const page = await newPerson(browser);
    await page.goto('/sign-in');
    await signIn(page, ADMIN, DEMO_PASSWORD, SIGN_IN_SQ, true);
    await page.getByRole('link', { name: 'Radhët e punëve' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Radhët e punëve');
    const tab = page.context().waitForEvent('page');
    await page.getByRole('button', { name: /Hap panelin e radhëve/ }).click();
    const dashboard = await tab;
    await expect(dashboard).toHaveURL(/\/api\/admin\/queues/);
    await expect(dashboard.getByText(/housekeeping|notifications/i).first()).toBeVisible();
    await snapshot(dashboard, 'queue-dashboard');
  });

  test('staff whose role requires it must turn on two-step verification before anything else', async ({
    browser,
    request,
  }) => {
    test.setTimeout(60_000);
    const email = `arta.${uniqueSuffix()}@e2e.test`;
    const password = 'Lugina e Valbones ne vjeshte 3';
    const client = { 'X-Forwarded-For': clientAddress() };

    // The administrator's part is the other journey's subject: here it is done through the API.
    const admin = await request.post('/api/auth/sign-in', {
      headers: client,
      data: { email: ADMIN, password: DEMO_PASSWORD, otp: await totp() },
    });
    const { accessToken } = (await admin.json()) as { accessToken: string };
    const invited = await request.post('/api/invitations', {
      headers: { ...client, Authorization: `Bearer ${accessToken}` },
      data: { email, displayName: 'Arta Krasniqi', roles: ['finance_officer'], locale: 'sq' },
    });
    expect(invited.status()).toBe(201);
    const link = new URL(portalLink(await latestMail(email, 'invitation'), '/accept-invitation?token='), 'http://portal');
    const accepted = await request.post('/api/invitations/acceptance', {
      headers: client,
      data: { token: link.searchParams.get('token'), password },
    });
    expect(accepted.status()).toBe(204);

    const page = await newPerson(browser);
    await page.goto('/sign-in');
    await signIn(page, email, password, SIGN_IN_SQ);
    await expect(page).toHaveURL(/\/account\/security$/);
    await expect(page.getByText('Roli juaj kërkon vërtetimin me dy hapa.')).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Njoftimet' })).toHaveCount(0);
    await snapshot(page, 'second-factor-required-sq');

    // Any other page sends them back here until it is done.
    await page.goto('/notifications');
    await expect(page).toHaveURL(/\/account\/security$/);

    await page.getByRole('button', { name: 'Aktivizo vërtetimin me dy hapa' }).click();
    await turnOnSecondFactor(page, { code: 'Kodi nga aplikacioni', turnOn: 'Aktivizo', saved: 'I kam ruajtur' });
    await expect(page.getByText('Vërtetimi me dy hapa është aktiv.')).toBeVisible();
    await expect(page.getByText('Roli juaj kërkon vërtetimin me dy hapa.')).toHaveCount(0);
    await expect(page.getByText('Roli juaj e kërkon, prandaj nuk mund të çaktivizohet.')).toBeVisible();

    await page.getByRole('navigation').getByRole('link', { name: 'Njoftimet' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Njoftimet');
  });
});
