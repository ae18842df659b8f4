import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, PROGRAMME_MANAGER, SIGN_IN_SQ, signIn, uniqueNuis, uniqueSuffix } from './accounts';
import { latestMail, portalLink } from './mail';
import { chooseLanguage, newPerson, snapshot } from './support';

test.describe('a CSO registers, confirms its address and keeps its profile up to date', () => {
  test('registers in Albanian, confirms by e-mail, edits its profile in English and learns it was verified', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const id = uniqueSuffix();
    const organisation = `Shoqata Shpresa ${id}`;
    const applicant = `drita.${id}@e2e.test`;
    const password = 'Lumi i Drinit te Bardhe 7';

    const cso = await newPerson(browser);
    await cso.goto('/');
    await cso.getByRole('main').getByRole('link', { name: 'Regjistroni organizatën tuaj' }).click();
    await expect(cso.getByRole('heading', { level: 1 })).toHaveText('Regjistroni organizatën tuaj');

    const form = cso.getByRole('main');
    await form.getByLabel('Emri ligjor').fill(organisation);
    await form.getByLabel('Akronimi').fill('SHP');
    await form.getByLabel('NUIS').fill(uniqueNuis().toLowerCase());
    await form.getByLabel('Forma ligjore').click();
    await cso.getByRole('option', { name: 'Shoqatë' }).click();
    await form.getByLabel('Adresa').fill('Rruga Dëshmorët e 4 Shkurtit 12, Tiranë');
    await form.getByLabel('E-maili i organizatës').fill(`info.${id}@e2e.test`);
    await form.getByLabel('Telefoni').fill('+355 4 222 3333');
    await form.getByRole('checkbox', { name: 'Kukës' }).check();
    await form.getByRole('checkbox', { name: 'Tiranë' }).check();
    await form.getByRole('checkbox', { name: 'Punësimi' }).check();
    await form.getByRole('checkbox', { name: 'Formimi profesional' }).check();

    // The IBAN is checked as it is typed: a wrong last digit fails the checksum at once.
    const iban = form.getByLabel('IBAN');
    await iban.fill('AL47 2121 1009 0000 0002 3569 8742');
    await expect(form.getByText('Ky IBAN nuk është i vlefshëm')).toBeVisible();
    await iban.fill('AL47 2121 1009 0000 0002 3569 8741');
    await expect(form.getByText('Ky IBAN nuk është i vlefshëm')).toBeHidden();

    await form.getByLabel('Emri dhe mbiemri juaj').fill('Drita Kola');
    await form.getByLabel('E-maili juaj').fill(applicant);
    await form.getByLabel('Fjalëkalimi', { exact: true }).fill('password1234');
    await expect(form.getByText('Merret me mend lehtë')).toBeVisible();
    await form.getByLabel('Fjalëkalimi', { exact: true }).fill(password);
    await expect(form.getByText(/^(Mirë|I fortë):/)).toBeVisible();
    await snapshot(cso, 'register-filled-sq');

    await form.getByRole('button', { name: 'Regjistrohu' }).click();
    await expect(cso.getByRole('heading', { level: 1 })).toHaveText('Kontrolloni e-mailin');
    await expect(cso.getByText(`Dërguam një lidhje konfirmimi në ${applicant}.`)).toBeVisible();
    await snapshot(cso, 'register-done-sq');

    // The confirmation e-mail, in the language the applicant registered in.
    const confirmation = await latestMail(applicant, 'email_confirmation');
    expect(confirmation.subject).toBe('Konfirmoni adresën e e-mailit');
    await cso.goto(portalLink(confirmation, '/confirm-email?token='));
    await expect(cso.getByText('Adresa juaj e e-mailit u konfirmua.')).toBeVisible();
    await cso.getByRole('main').getByRole('link', { name: 'Hyr' }).click();
    await expect(cso.getByText('Tani mund të hyni.')).toBeVisible();

    await signIn(cso, applicant, password, SIGN_IN_SQ);
    await expect(cso).toHaveURL(/\/organisation$/);
    await expect(cso.getByRole('heading', { level: 1 })).toHaveText(organisation);
    await expect(cso.getByRole('main').getByText('Në pritje të verifikimit')).toBeVisible();

    // Mid-journey the applicant prefers English; the profile follows at once.
    await chooseLanguage(cso, 'en');
    await expect(cso.getByRole('main').getByText('Waiting for verification')).toBeVisible();
    await cso.getByRole('button', { name: 'Edit' }).click();
    const edit = cso.getByRole('main');
    await edit.getByLabel('Phone').fill('+355 4 333 4444');
    await edit.getByLabel('Address').fill('Rruga e Kavajës 50, Tiranë');
    await edit.getByRole('checkbox', { name: 'Saranda' }).check();
    await snapshot(cso, 'organisation-edit-en');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(cso.getByText('The profile is saved.')).toBeVisible();
    await expect(edit.getByText('+355 4 333 4444')).toBeVisible();
    await expect(edit.getByText('Tirana, Kukës, Saranda')).toBeVisible();
    await snapshot(cso, 'organisation-saved-en');

    // The programme manager (second factor required) verifies it from the notification.
    const manager = await newPerson(browser);
    await manager.goto('/sign-in');
    await signIn(manager, PROGRAMME_MANAGER, DEMO_PASSWORD, SIGN_IN_SQ, true);
    await manager.getByRole('link', { name: /^Njoftimet/ }).first().click();
    await manager.getByRole('main').getByRole('link', { name: 'Organizatë e re për verifikim' }).first().waitFor();
    const item = manager.getByRole('listitem').filter({ hasText: organisation });
    await item.getByRole('link', { name: 'Organizatë e re për verifikim' }).click();
    await expect(manager.getByRole('heading', { level: 1 })).toHaveText(organisation);
    await manager.getByRole('button', { name: 'Verifiko organizatën' }).click();
    await expect(manager.getByText('Organizata u verifikua.')).toBeVisible();
    await snapshot(manager, 'organisation-verified-by-pm-sq');

    // Back with the applicant: the bell says so; the notification is in English like the page.
    await cso.reload();
    const bell = cso.getByRole('link', { name: 'Notifications, 1 unread' });
    await expect(bell).toBeVisible();
    await bell.click();
    await expect(cso.getByRole('heading', { name: 'Your organisation has been verified' })).toBeVisible();
    await snapshot(cso, 'notifications-en');
    await cso.getByRole('button', { name: 'Mark as read: Your organisation has been verified' }).click();
    await expect(cso.getByRole('link', { name: 'Notifications', exact: true }).first()).toBeVisible();
    await cso.getByRole('link', { name: 'Your organisation has been verified' }).click();
    await expect(cso).toHaveURL(/\/organisation$/);
    await expect(cso.getByRole('main')).toContainText('Verified on');

    await manager.context().close();
    await cso.context().close();
  });

  test('a visitor meets field errors as they type and the API’s refusal under the field', async ({ page }) => {
    await page.goto('/register');
    const form = page.getByRole('main');
    await form.getByLabel('NUIS').fill('12345');
    await expect(form.getByText('NUIS-i është një shkronjë, 8 shifra dhe një shkronjë')).toBeVisible();
    await form.getByRole('button', { name: 'Regjistrohu' }).click();
    await expect(form.getByText('Disa fusha kërkojnë vëmendjen tuaj.')).toBeVisible();
    await expect(form.getByLabel('Emri ligjor')).toBeFocused();
    await expect(form.getByText('Zgjidhni të paktën një.').first()).toBeVisible();

    // An existing CSO's NUIS: the API refuses it, and its reason lands under the NUIS field.
    const id = uniqueSuffix();
    await form.getByLabel('Emri ligjor').fill(`Shoqata ${id}`);
    await form.getByLabel('NUIS').fill('K31524007A');
    await form.getByLabel('Forma ligjore').click();
    await page.getByRole('option', { name: 'Fondacion' }).click();
    await form.getByLabel('Adresa').fill('Lagjja Nr. 1, Sarandë');
    await form.getByLabel('E-maili i organizatës').fill(`zyra.${id}@e2e.test`);
    await form.getByLabel('Telefoni').fill('+355 852 2 0909');
    await form.getByRole('checkbox', { name: 'Sarandë' }).check();
    await form.getByRole('checkbox', { name: 'Ndihma juridike' }).check();
    await form.getByLabel('IBAN').fill('AL47212110090000000235698741');
    await form.getByLabel('Emri dhe mbiemri juaj').fill('Ilir Basha');
    await form.getByLabel('E-maili juaj').fill(`ilir.${id}@e2e.test`);
    await form.getByLabel('Fjalëkalimi', { exact: true }).fill('Lumi i Drinit te Bardhe 7');
    await form.getByRole('button', { name: 'Regjistrohu' }).click();
    await expect(form.getByText('Një organizatë me këtë NUIS është regjistruar tashmë.')).toBeVisible();
    await expect(form.getByLabel('NUIS')).toBeFocused();
    await snapshot(page, 'register-nuis-taken-sq');
  });
});
