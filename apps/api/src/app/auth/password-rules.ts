import { HttpStatus } from '@nestjs/common';
import { PASSWORD_MIN_LENGTH } from '@skema/contracts';
import { AppException } from '../../common/errors/app.exception';
import { passwordProblem } from './password-policy';

/** Throws a translated 400 when a new password is too short, too long or too guessable. */
export function assertAcceptablePassword(password: string, personal: string[]): void {
  const problem = passwordProblem(password, personal);
  if (problem === 'too_short') throw new AppException('password_too_short', HttpStatus.BAD_REQUEST, { min: PASSWORD_MIN_LENGTH });
  if (problem === 'too_long') throw new AppException('password_too_long', HttpStatus.BAD_REQUEST);
  if (problem === 'too_weak') throw new AppException('password_too_weak', HttpStatus.BAD_REQUEST);
}
