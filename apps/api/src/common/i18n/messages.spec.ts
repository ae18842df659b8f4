import { LOCALES } from '@skema/contracts';
import { ERROR_MESSAGES, ERROR_TITLES, translateError } from './messages';
import { translateConstraint } from './validation-messages';

describe('API messages', () => {
  it('exist, non-empty and different, in every language', () => {
    for (const [code, texts] of Object.entries(ERROR_MESSAGES)) {
      for (const locale of LOCALES) expect(texts[locale].trim()).not.toBe('');
      expect(`${code}:${texts.sq}`).not.toBe(`${code}:${texts.en}`);
    }
    for (const titles of Object.values(ERROR_TITLES)) for (const locale of LOCALES) expect(titles[locale]).toBeTruthy();
  });

  it('fill their placeholders', () => {
    expect(translateError('route_not_found', 'sq', { path: '/api/x' })).toBe('Adresa /api/x nuk ekziston në API.');
    expect(translateConstraint('maxLength', 'title', [200], 'en')).toBe('The field title must have at most 200 characters.');
    expect(translateConstraint('isIn', 'region', [['TIR', 'KUK']], 'sq')).toBe('Fusha region duhet të jetë një nga: TIR, KUK.');
  });

  it('fall back to a human message for constraints without their own text', () => {
    expect(translateConstraint('isIBAN', 'iban', [], 'en')).toBe('The value of the field iban is not valid.');
  });
});
