import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { type Locale, negotiateLocale, type ProblemDetails } from '@skema/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { AppException, ValidationFailedException } from '../errors/app.exception';
import { ERROR_TITLES, type ErrorCode, translateError } from '../i18n/messages';
import { translateConstraint } from '../i18n/validation-messages';

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
  503: 'service_unavailable',
};

/** Postgres error codes that mean "your change conflicts with the data", not "we failed". */
const CONFLICT_SQLSTATES = new Set(['23505', '23503', '40001', '40P01']);

/**
 * Turns every failure into RFC 9457 problem details, in the caller's language (`Accept-Language`),
 * without ever leaking a stack trace or SQL to the client.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const locale = negotiateLocale(request.headers['accept-language']);
    const problem = this.toProblem(exception, request, locale);
    if (problem.status >= 500) {
      this.logger.error({ err: exception, code: problem.code }, 'request failed');
    }
    void reply
      .status(problem.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .header('content-language', locale)
      .send(problem);
  }

  toProblem(exception: unknown, request: FastifyRequest, locale: Locale): ProblemDetails {
    const path = request.url.split('?')[0];
    const base = (status: number, code: ErrorCode, params?: Record<string, string | number>): ProblemDetails => ({
      type: `urn:skema:problem:${code}`,
      title: (ERROR_TITLES[status] ?? ERROR_TITLES[500])[locale],
      status,
      detail: translateError(code, locale, params),
      code,
      instance: path,
    });

    if (exception instanceof ValidationFailedException) {
      return {
        ...base(400, 'validation_failed'),
        errors: exception.issues.map((issue) => ({
          field: issue.field,
          message: translateConstraint(issue.constraint, issue.field, issue.args, locale),
        })),
      };
    }
    if (exception instanceof AppException) {
      const problem = base(exception.getStatus(), exception.code, exception.params);
      return exception.fieldErrors ? { ...problem, errors: exception.fieldErrors(locale) } : problem;
    }
    if (exception instanceof ThrottlerException) {
      return base(429, 'too_many_requests');
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 404 && /^Cannot \w+ /.test(exception.message)) {
        return base(404, 'route_not_found', { path });
      }
      // Nest re-throws Fastify's body-parser errors as plain HttpExceptions carrying Fastify's message.
      if (status === 400 && exception.constructor === HttpException && /JSON/i.test(exception.message)) {
        return base(400, 'malformed_body');
      }
      return base(status, STATUS_CODES[status] ?? (status >= 500 ? 'internal_error' : 'bad_request'));
    }
    if (exception instanceof QueryFailedError) {
      const sqlState = (exception.driverError as { code?: string } | undefined)?.code;
      if (sqlState && CONFLICT_SQLSTATES.has(sqlState)) return base(409, 'conflict');
    }
    return base(HttpStatus.INTERNAL_SERVER_ERROR, 'internal_error');
  }
}
