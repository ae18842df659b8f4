import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOTIFICATION_KINDS } from '@skema/contracts';

/**
 * Every translation file pair: the global one (`public/i18n/{sq,en}.json`) and each lazy page's scope
 * (`public/i18n/<scope>/{sq,en}.json`, loaded with `provideTranslocoScope('<scope>')`).
 */
const ROOT = join(__dirname, '../../../../public/i18n');
const read = (path: string): object => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as object;
const scopes = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const pairs: [string, object, object][] = [
  ['(global)', read('sq.json'), read('en.json')],
  ...scopes.map((scope): [string, object, object] => [scope, read(`${scope}/sq.json`), read(`${scope}/en.json`)]),
];

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function params(text: unknown): string[] {
  return typeof text === 'string' ? [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort() : [];
}

const lookup = (dictionary: object, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], dictionary);

describe.each(pairs)('translation files %s', (_scope, sq, en) => {
  it('have the same keys in Albanian and English', () => {
    expect(keys(en).sort()).toEqual(keys(sq).sort());
  });

  it('use the same parameters in both languages', () => {
    for (const key of keys(sq)) {
      expect({ key, params: params(lookup(en, key)) }).toEqual({ key, params: params(lookup(sq, key)) });
    }
  });

  it('have no empty text', () => {
    for (const dictionary of [sq, en]) {
      for (const key of keys(dictionary)) expect({ key, empty: lookup(dictionary, key) === '' }).toEqual({ key, empty: false });
    }
  });
});

describe('notification kinds', () => {
  it('each has a name in both languages (the preferences page lists them)', () => {
    const [, sq, en] = pairs[0];
    for (const dictionary of [sq, en]) {
      for (const kind of NOTIFICATION_KINDS) expect({ kind, name: typeof lookup(dictionary, `notifications.kinds.${kind}`) }).toEqual({ kind, name: 'string' });
    }
  });
});
