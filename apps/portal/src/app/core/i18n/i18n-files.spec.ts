import en from '../../../../public/i18n/en.json';
import sq from '../../../../public/i18n/sq.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function params(text: unknown): string[] {
  return typeof text === 'string' ? [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort() : [];
}

describe('translation files', () => {
  it('have the same keys in Albanian and English', () => {
    expect(keys(en).sort()).toEqual(keys(sq).sort());
  });

  it('use the same parameters in both languages', () => {
    const lookup = (dictionary: object, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], dictionary);
    for (const key of keys(sq)) {
      expect({ key, params: params(lookup(en, key)) }).toEqual({ key, params: params(lookup(sq, key)) });
    }
  });

  it('have no empty text', () => {
    const lookup = (dictionary: object, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], dictionary);
    for (const dictionary of [sq, en]) {
      for (const key of keys(dictionary))
        expect({ key, empty: lookup(dictionary, key) === '' }).toEqual({ key, empty: false });
    }
  });
});
