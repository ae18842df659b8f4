import { expect, test } from '@playwright/test';
import { chooseLanguage, snapshot } from './support';

test.describe('an administrator checks the running system', () => {
  test('sees the database and the job queue up on the status page', async ({ page }) => {
    await page.goto('/status');
    await chooseLanguage(page, 'en');
    await expect(page.getByRole('main').getByText('All services are running')).toBeVisible();
    await expect(page.getByRole('main').getByText('Database')).toBeVisible();
    await expect(page.getByRole('main').getByText('Job queue (Redis)')).toBeVisible();
    await expect(page.getByRole('main').getByText('0.1.0', { exact: true })).toBeVisible();
    await snapshot(page, 'status-en');
  });

  test('reads the API documentation', async ({ page }) => {
    await page.goto('/api/docs');
    await expect(page).toHaveTitle('Skema API');
    await expect(page.locator('.swagger-ui .title')).toContainText('Skema API');
    await expect(page.getByText('/api/health').first()).toBeVisible();
    await snapshot(page, 'api-docs');
  });

  test('gets a translated problem for an unknown API address', async ({ request }) => {
    const sq = await request.get('/api/nowhere');
    expect(sq.status()).toBe(404);
    expect((await sq.json()).detail).toBe('Adresa /api/nowhere nuk ekziston në API.');
    const en = await request.get('/api/nowhere', { headers: { 'accept-language': 'en' } });
    expect((await en.json()).detail).toBe('The address /api/nowhere does not exist in the API.');
  });
});
