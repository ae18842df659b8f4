import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

/**
 * The same estimator and dictionaries the API uses to refuse guessable passwords (score below 3), so the
 * hint agrees with the server. Heavy (the word lists), so it is only imported once someone types a
 * password: see PasswordStrengthComponent.
 */
const zxcvbn = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });

/** The person's own name and e-mail count against the password, split as the API splits them. */
export function passwordScore(password: string, personal: readonly string[] = []): number {
  const inputs = personal.flatMap((value) => value.toLowerCase().split(/[@.\s]+/)).filter((part) => part.length > 2);
  return zxcvbn.check(password, inputs).score;
}
