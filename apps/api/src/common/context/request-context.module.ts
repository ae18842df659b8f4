import { randomUUID } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ClsModule } from 'nestjs-cls';
import { ActorContextInterceptor } from './actor-context.interceptor';

/**
 * The request context (see request-context.ts). The CLS middleware wraps each HTTP request from its
 * first hook, so guards, pipes, handlers, services and TypeORM subscribers all see the same store.
 * Under Fastify, Nest's middleware receives the raw request, on which @fastify/middie copies Fastify's
 * request id: the id in the audit trail is the one in the logs and the `X-Request-Id` header.
 * In the worker (no HTTP) the middleware is never mounted; jobs run without a context (actor `system`)
 * unless a processor opens one with `runInContext`.
 */
@Global()
@Module({
  imports: [
    ClsModule.forRoot({
      global: true,
      middleware: {
        mount: true,
        generateId: true,
        idGenerator: (req: { id?: unknown }) => (typeof req.id === 'string' && req.id ? req.id : randomUUID()),
        // Nothing in the store needs the raw request; not keeping it keeps it out of reach.
        saveReq: false,
      },
    }),
  ],
  providers: [{ provide: APP_INTERCEPTOR, useClass: ActorContextInterceptor }],
})
export class RequestContextModule {}
