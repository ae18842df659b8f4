import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chooseLanguage, snapshot } from './support';

test.describe('a visitor learns what Skema is, in Albanian or English', () => {
  test('reads the home page in Albanian, switches to English and back', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sq');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Grante për organizatat');
    await expect(page.getByRole('navigation')).toContainText('Thirrje të hapura');
    for (const region of ['Tiranë', 'Kukës', 'Dibër', 'Sarandë']) await expect(page.getByText(region).first()).toBeVisible();
    await snapshot(page, 'home-sq');

    await chooseLanguage(page, 'en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Grants for organisations');
    await expect(page.getByRole('navigation')).toContainText('Open calls');
    await expect(page.getByText('Saranda').first()).toBeVisible();
    await snapshot(page, 'home-en');

    // The choice is remembered across visits.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Grants for organisations');

    await chooseLanguage(page, 'sq');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sq');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Grante për organizatat');
  });

  test('has no serious accessibility violations', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await context.close();
  });

  test('opens a deep link directly and navigates by keyboard on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/calls');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Thirrje');
    // The demo call is open: its card shows the title and the time left.
    await expect(page.getByRole('heading', { name: /Punësimi i ish-viktimave/ })).toBeVisible();
    await snapshot(page, 'calls-phone-sq');
    await page.getByRole('button', { name: /navigim/i }).click();
    await page.getByRole('link', { name: 'Gjendja e sistemit' }).press('Enter');
    await expect(page).toHaveURL(/\/status$/);
  });
});
