import { type ArgumentsHost, Catch, type ExceptionFilter, NotFoundException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ProblemDetailsFilter } from './problem-details.filter';

/**
 * Deep links into the portal (e.g. /calls/42) are client-side routes: a GET for a page that is not
 * an API route gets the portal's index.html. API paths keep their problem-details 404.
 */
@Catch(NotFoundException)
export class SpaFallbackFilter implements ExceptionFilter {
  constructor(
    private readonly problems: ProblemDetailsFilter,
    private readonly serverPrefixes: string[],
  ) {}

  catch(exception: NotFoundException, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const path = request.url.split('?')[0];
    const isServerPath = this.serverPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
    const wantsPage = request.method === 'GET' && !isServerPath && !/\.\w{1,5}$/.test(path);
    if (!wantsPage) return this.problems.catch(exception, host);
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply.header('cache-control', 'no-cache').sendFile('index.html');
  }
}
