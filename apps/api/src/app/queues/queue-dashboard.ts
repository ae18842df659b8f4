import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { ALL_QUEUES } from './queues.module';

export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';
export const QUEUE_DASHBOARD_COOKIE = 'skema_queues';
export const QUEUE_DASHBOARD_AUDIENCE = 'skema-queues';
const CHECK_CACHE_MS = 30_000;

/**
 * Mounts the BullMQ dashboard for administrators at /api/admin/queues (bull-board, server-rendered,
 * so it is guarded by a path-scoped cookie rather than the API's bearer tokens).
 */
export async function mountQueueDashboard(app: INestApplication, fastify: FastifyInstance): Promise<void> {
  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: ALL_QUEUES.map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)))),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Skema queues' } },
  });
  const isAdmin = adminVerifier(app.get<DataSource>(getDataSourceToken()), app.get(JwtService, { strict: false }));
  await fastify.register(async (scope) => {
    scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      if (await isAdmin(request.cookies[QUEUE_DASHBOARD_COOKIE])) return;
      await reply
        .status(401)
        .header('content-type', 'application/problem+json')
        .send({
          type: 'urn:skema:problem:unauthorized',
          title: 'Unauthorized',
          status: 401,
          code: 'unauthorized',
          detail: 'Administrators only: open the queue dashboard from the portal’s administration page.',
        });
    });
    await scope.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
  });
}

/**
 * The dashboard is opened from the portal: an admin's authenticated call to
 * POST /api/admin/queue-dashboard/session sets a short-lived cookie scoped to the dashboard's path.
 * Each request checks that cookie's token, that its session is still live and the person still an admin.
 */
function adminVerifier(dataSource: DataSource, jwt: JwtService) {
  const accepted = new Map<string, number>();
  return async (token: string | undefined): Promise<boolean> => {
    if (!token) return false;
    if ((accepted.get(token) ?? 0) > Date.now()) return true;
    let payload: { sub: string; sid: string };
    try {
      payload = await jwt.verifyAsync(token, { audience: QUEUE_DASHBOARD_AUDIENCE, issuer: 'skema', algorithms: ['HS256'] });
    } catch {
      return false;
    }
    const [row] = await dataSource.query<{ ok: boolean }[]>(
      `SELECT true AS ok FROM users u
         JOIN sessions s ON s.user_id = u.id AND s.id = $2 AND s.revoked_at IS NULL AND s.absolute_expires_at > now()
         JOIN user_roles r ON r.user_id = u.id AND r.role = 'admin'
        WHERE u.id = $1 AND u.is_active AND u.totp_enabled_at IS NOT NULL`,
      [payload.sub, payload.sid],
    );
    if (!row) return false;
    accepted.set(token, Date.now() + CHECK_CACHE_MS);
    return true;
  };
}
