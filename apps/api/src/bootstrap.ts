import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { CALL_LIMITS } from '@skema/contracts';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app/app.module';
import { mountQueueDashboard, QUEUE_DASHBOARD_PATH } from './app/queues/queue-dashboard';
import { ProblemDetailsFilter } from './common/filters/problem-details.filter';
import { SpaFallbackFilter } from './common/filters/spa-fallback.filter';
import { createValidationPipe } from './common/validation/validation.pipe';
import { AppConfig } from './config/app-config.service';
import type { Environment } from './config/environment';
import { setupOpenApi } from './openapi';

export const API_PREFIX = 'api';

/** Angular's build names hashed files like `chunk-3JXNWKFC.js` or `media/font-LEZCGFVT.woff2`. */
const HASHED_FILE = /-[A-Z0-9]{8}\.\w+$/;

/** Creates the HTTP application exactly as production runs it; tests use the same function. */
export async function createApp(env: Environment): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: env.TRUST_PROXY,
    bodyLimit: 1_048_576,
    // A caller's (or proxy's) X-Request-Id is kept so one id follows a request through every log line.
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot({ workers: env.RUN_WORKERS }), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const config = app.get(AppConfig);

  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  const problems = new ProblemDetailsFilter();
  app.useGlobalFilters(problems);

  await app.register(fastifyCookie);
  // Attachment uploads: one file part, streamed to storage (never buffered), no real form fields.
  await app.register(fastifyMultipart, {
    limits: { files: 1, fileSize: CALL_LIMITS.attachmentMaxSizeBytes, fields: 2, fieldSize: 1_000, parts: 3, headerPairs: 20 },
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Angular Material and Swagger UI set inline styles; scripts stay same-origin only.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // TLS is the reverse proxy's business; on plain http://localhost this would break the portal.
        upgradeInsecureRequests: null,
      },
    },
  });
  app.enableCors({ origin: config.corsOrigins.length > 0 ? config.corsOrigins : false, credentials: true });

  setupOpenApi(app, config.version);
  const fastify = app.getHttpAdapter().getInstance();
  await mountQueueDashboard(app, fastify);

  const portalRoot = config.get('PORTAL_DIST') ? resolve(config.get('PORTAL_DIST')) : '';
  if (portalRoot && existsSync(resolve(portalRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: portalRoot,
      prefix: '/',
      wildcard: false,
      // Files whose name carries a content hash are immutable; the rest (index.html, translations)
      // must revalidate, or a returning visitor keeps yesterday's texts.
      setHeaders: (reply, path) =>
        reply.header('cache-control', HASHED_FILE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
    app.useGlobalFilters(new SpaFallbackFilter(problems, [`/${API_PREFIX}`, QUEUE_DASHBOARD_PATH]));
  }
  return app;
}

/** Starts the HTTP server; the caller has already validated the environment. */
export async function startApi(env: Environment): Promise<NestFastifyApplication> {
  const app = await createApp(env);
  await app.listen({ port: env.PORT, host: env.HOST });
  return app;
}
