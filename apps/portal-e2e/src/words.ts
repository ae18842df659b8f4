import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The portal's own dictionaries, read from disk, so a journey finds buttons and headings by the words
 * people see, in either language, without copying them into the tests.
 */

/** A translation file of the portal: nested objects of texts. */
export interface Dictionary {
  readonly [key: string]: Dictionary | string;
}

const I18N = join(__dirname, '../../portal/public/i18n');

/** A scope's dictionary (`''` for the global one) in one language. */
export const dictionary = (scope: string, locale: string): Dictionary =>
  JSON.parse(readFileSync(join(I18N, scope, `${locale}.json`), 'utf8')) as Dictionary;

/** The text at a dotted path, as `t('a.b')` shows it. */
export function say(words: Dictionary, path: string): string {
  const text = path.split('.').reduce<Dictionary | string>((node, key) => (node as Dictionary)[key], words);
  if (typeof text !== 'string') throw new Error(`no text at ${path}`);
  return text;
}

/** Replaces `{{name}}` parameters, as Transloco does. */
export const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/{{\s*(\w+)\s*}}/g, (_, key: string) => String(params[key]));
