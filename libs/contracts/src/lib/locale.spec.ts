import { DEFAULT_LOCALE, negotiateLocale } from './locale';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'sq'],
    ['', 'sq'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['sq-AL', 'sq'],
    ['de-DE,de;q=0.9', DEFAULT_LOCALE],
    ['de;q=1, en;q=0.8, sq;q=0.5', 'en'],
    ['sq;q=0.2, en;q=0.9', 'en'],
    ['en;q=0, sq', 'sq'],
    ['EN-us', 'en'],
  ])('%p → %p', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
