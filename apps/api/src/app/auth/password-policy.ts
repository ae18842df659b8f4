import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@skema/contracts';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

const zxcvbn = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });

export type PasswordProblem = 'too_short' | 'too_long' | 'too_weak';

/**
 * A password must be long enough and not guessable: zxcvbn's score (which knows the common-password
 * lists and keyboard patterns) must reach 3 of 4, with the person's own e-mail and name counted against it.
 */
export function passwordProblem(password: string, personal: string[] = []): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  const inputs = personal.flatMap((value) => value.toLowerCase().split(/[@.\s]+/)).filter((part) => part.length > 2);
  return zxcvbn.check(password, inputs).score >= 3 ? null : 'too_weak';
}
