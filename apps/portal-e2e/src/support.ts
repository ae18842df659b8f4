import { randomInt } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';

export const SCREENSHOTS = join(__dirname, '../../../tmp/e2e-screenshots');

/** Saves a full-page screenshot a person can open (tmp/e2e-screenshots/<name>.png). */
export async function snapshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  // From the top: a full-page shot of a scrolled page paints the sticky toolbar halfway down.
  await page.evaluate(() => window.scrollTo(0, 0));
  // Animations finished, so a message fading in is shown as people read it.
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

/** The language switch shows each language named in itself; picks one by its code. */
export async function chooseLanguage(page: Page, code: 'sq' | 'en'): Promise<void> {
  await page.locator(`.sk-language-switch button[lang="${code}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

/**
 * A client address of its own (from a private range), sent as X-Forwarded-For, which the API trusts
 * as if a proxy had set it. The API limits sign-ins per client; the journeys run in parallel from
 * one machine, and each person in them stands for someone on their own network.
 */
export function clientAddress(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

/** Each person in a journey uses a browser of their own: their own cookies, storage and address. */
export async function newPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': clientAddress() } });
  return context.newPage();
}
