import { formatIban, isValidIban, isValidNuis, normaliseNuis } from './identifiers';

describe('NUIS/NIPT', () => {
  it.each(['L12345678A', 'k31524007a', ' J 61908034 G '])('accepts %p', (nuis) => expect(isValidNuis(nuis)).toBe(true));
  it.each(['12345678A', 'L1234567A', 'L123456789A', 'LL2345678A', 'L12345678', ''])('refuses %p', (nuis) =>
    expect(isValidNuis(nuis)).toBe(false),
  );
  it('normalises case and spaces', () => expect(normaliseNuis(' k 31524007a')).toBe('K31524007A'));
});

describe('IBAN', () => {
  it.each([
    'AL47 2121 1009 0000 0002 3569 8741', // the ISO 13616 example for Albania
    'DE89370400440532013000',
    'gb82 west 1234 5698 7654 32',
    'XK051212012345678906',
  ])('accepts %p', (iban) => expect(isValidIban(iban)).toBe(true));

  it.each([
    ['a wrong check digit', 'AL48 2121 1009 0000 0002 3569 8741'],
    ['a typo in the account', 'AL47 2121 1009 0000 0002 3569 8742'],
    ['a wrong length for the country', 'AL47 2121 1009 0000 0002 3569 874'],
    ['letters where digits belong', 'ALXX 2121 1009 0000 0002 3569 8741'],
    ['an empty value', ''],
  ])('refuses %s', (_why, iban) => expect(isValidIban(iban)).toBe(false));

  it('formats in groups of four', () => expect(formatIban('al47212110090000000235698741')).toBe('AL47 2121 1009 0000 0002 3569 8741'));
});
