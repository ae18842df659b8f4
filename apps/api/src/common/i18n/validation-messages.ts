import type { Locale } from '@skema/contracts';
import { interpolate } from './messages';

/**
 * Messages for class-validator constraints, keyed by constraint name. `{field}` is the field path,
 * `{0}`, `{1}` the constraint's arguments (e.g. the maximum length).
 */
const MESSAGES: Record<string, Record<Locale, string>> = {
  whitelistValidation: { sq: 'Fusha {field} nuk njihet.', en: 'The field {field} is not recognised.' },
  isDefined: { sq: 'Fusha {field} është e detyrueshme.', en: 'The field {field} is required.' },
  isNotEmpty: { sq: 'Fusha {field} nuk mund të jetë bosh.', en: 'The field {field} must not be empty.' },
  isString: { sq: 'Fusha {field} duhet të jetë tekst.', en: 'The field {field} must be text.' },
  isBoolean: { sq: 'Fusha {field} duhet të jetë po ose jo.', en: 'The field {field} must be true or false.' },
  isInt: { sq: 'Fusha {field} duhet të jetë numër i plotë.', en: 'The field {field} must be a whole number.' },
  isNumber: { sq: 'Fusha {field} duhet të jetë numër.', en: 'The field {field} must be a number.' },
  isPositive: { sq: 'Fusha {field} duhet të jetë më e madhe se zero.', en: 'The field {field} must be greater than zero.' },
  min: { sq: 'Fusha {field} duhet të jetë të paktën {0}.', en: 'The field {field} must be at least {0}.' },
  max: { sq: 'Fusha {field} duhet të jetë jo më shumë se {0}.', en: 'The field {field} must be at most {0}.' },
  minLength: {
    sq: 'Fusha {field} duhet të ketë të paktën {0} karaktere.',
    en: 'The field {field} must have at least {0} characters.',
  },
  maxLength: {
    sq: 'Fusha {field} duhet të ketë jo më shumë se {0} karaktere.',
    en: 'The field {field} must have at most {0} characters.',
  },
  isEmail: { sq: 'Fusha {field} duhet të jetë adresë e-maili e vlefshme.', en: 'The field {field} must be a valid e-mail address.' },
  isUuid: { sq: 'Fusha {field} duhet të jetë identifikues i vlefshëm.', en: 'The field {field} must be a valid identifier.' },
  isIn: { sq: 'Fusha {field} duhet të jetë një nga: {0}.', en: 'The field {field} must be one of: {0}.' },
  isEnum: { sq: 'Fusha {field} duhet të jetë një nga: {0}.', en: 'The field {field} must be one of: {0}.' },
  isDateString: { sq: 'Fusha {field} duhet të jetë datë e vlefshme.', en: 'The field {field} must be a valid date.' },
  isIso8601: { sq: 'Fusha {field} duhet të jetë datë e vlefshme.', en: 'The field {field} must be a valid date.' },
  matches: { sq: 'Fusha {field} nuk ka formatin e duhur.', en: 'The field {field} does not have the right format.' },
  isArray: { sq: 'Fusha {field} duhet të jetë listë.', en: 'The field {field} must be a list.' },
  arrayMinSize: { sq: 'Fusha {field} duhet të ketë të paktën {0} elemente.', en: 'The field {field} must have at least {0} items.' },
  arrayMaxSize: { sq: 'Fusha {field} duhet të ketë jo më shumë se {0} elemente.', en: 'The field {field} must have at most {0} items.' },
  isObject: { sq: 'Fusha {field} duhet të jetë objekt.', en: 'The field {field} must be an object.' },
  isIban: {
    sq: 'Fusha {field} duhet të jetë IBAN i vlefshëm (kontrolloni shifrat).',
    en: 'The field {field} must be a valid IBAN (check the digits).',
  },
  isNuis: {
    sq: 'Fusha {field} duhet të jetë NUIS i vlefshëm: një shkronjë, 8 shifra, një shkronjë (p.sh. L12345678A).',
    en: 'The field {field} must be a valid NUIS: a letter, 8 digits, a letter (e.g. L12345678A).',
  },
  nestedValidation: { sq: 'Fusha {field} nuk është e vlefshme.', en: 'The field {field} is not valid.' },
};

const FALLBACK: Record<Locale, string> = {
  sq: 'Vlera e fushës {field} nuk është e vlefshme.',
  en: 'The value of the field {field} is not valid.',
};

/** Translates one failed constraint; unknown constraints get a generic but still human message. */
export function translateConstraint(
  constraint: string,
  field: string,
  args: readonly unknown[],
  locale: Locale,
): string {
  const template = MESSAGES[constraint]?.[locale] ?? FALLBACK[locale];
  const params: Record<string, string | number> = { field };
  args.forEach((arg, index) => {
    params[String(index)] = formatArg(arg);
  });
  return interpolate(template, params);
}

function formatArg(arg: unknown): string {
  if (Array.isArray(arg)) return arg.join(', ');
  if (arg && typeof arg === 'object') return Object.values(arg).join(', ');
  return String(arg);
}
