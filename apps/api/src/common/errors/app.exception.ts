import { HttpException, HttpStatus } from '@nestjs/common';
import type { FieldError, Locale } from '@skema/contracts';
import type { ErrorCode } from '../i18n/messages';

/**
 * A failure the person can understand: a stable `code` whose message exists in both languages
 * (common/i18n/messages.ts), and the params that fill it. Services throw these, never raw strings.
 */
export class AppException extends HttpException {
  constructor(
    readonly code: ErrorCode,
    status: HttpStatus,
    readonly params: Record<string, string | number> = {},
    /** Business-rule problems per field (e.g. every reason a call cannot be published), in the caller's language. */
    readonly fieldErrors?: (locale: Locale) => FieldError[],
  ) {
    super(code, status);
  }
}

/** One failed constraint of one field, kept structured so the filter can translate it. */
export interface ValidationIssue {
  field: string;
  constraint: string;
  args: readonly unknown[];
}

export class ValidationFailedException extends HttpException {
  constructor(readonly issues: ValidationIssue[]) {
    super('validation_failed', HttpStatus.BAD_REQUEST);
  }
}
