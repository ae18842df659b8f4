import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export const SCREENSHOTS = join(__dirname, '../../../tmp/e2e-screenshots');

/** Saves a full-page screenshot a person can open (tmp/e2e-screenshots/<name>.png). */
export async function snapshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The language switch shows each language named in itself; picks one by its code. */
export async function chooseLanguage(page: Page, code: 'sq' | 'en'): Promise<void> {
  await page.locator(`mat-button-toggle[lang="${code}"] button`).click();
}
