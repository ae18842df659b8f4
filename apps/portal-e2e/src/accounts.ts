import { randomInt } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { generate } from 'otplib';

/** The demo seed's accounts (apps/api/src/database/seeds/demo-data.ts). */
export const DEMO_PASSWORD = 'Skema-Demo-2026!';
export const DEMO_TOTP_SECRET = 'SKEMADEMOTOTPSEEDXK7Q2MVBLUMIDRN';
export const ADMIN = 'admin@skema.test';
export const PROGRAMME_MANAGER = 'pm@skema.test';

/** Tests run in parallel against one database: everything a test creates carries its own suffix. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomInt(1_000_000).toString(36)}`;
}

/** A NUIS nobody else uses in this run: a letter, 8 digits, a letter. */
export function uniqueNuis(): string {
  return `L${String(randomInt(100_000_000)).padStart(8, '0')}${String.fromCharCode(65 + randomInt(26))}`;
}

export function totp(): Promise<string> {
  return generate({ secret: DEMO_TOTP_SECRET });
}

export interface SignInWords {
  readonly email: string;
  readonly password: string;
  readonly submit: string;
  readonly code?: string;
  readonly codeSubmit?: string;
}

export const SIGN_IN_SQ: SignInWords = {
  email: 'E-maili',
  password: 'Fjalëkalimi',
  submit: 'Hyr',
  code: 'Kodi',
  codeSubmit: 'Verifiko dhe hyr',
};
export const SIGN_IN_EN: SignInWords = {
  email: 'E-mail',
  password: 'Password',
  submit: 'Sign in',
  code: 'Code',
  codeSubmit: 'Verify and sign in',
};

/** Signs in through the form; with `secondFactor`, answers the code step the API asks for. */
export async function signIn(
  page: Page,
  email: string,
  password: string,
  words: SignInWords,
  secondFactor = false,
): Promise<void> {
  const main = page.getByRole('main');
  await main.getByLabel(words.email, { exact: true }).fill(email);
  await main.getByLabel(words.password, { exact: true }).fill(password);
  await main.getByRole('button', { name: words.submit, exact: true }).click();
  if (secondFactor) {
    const code = main.getByLabel(words.code ?? '', { exact: true });
    await expect(code).toBeFocused();
    await code.fill(await totp());
    await main.getByRole('button', { name: words.codeSubmit }).click();
  }
  await expect(page).not.toHaveURL(/\/sign-in/);
}
