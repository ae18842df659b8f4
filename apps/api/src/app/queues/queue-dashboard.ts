import { createHash } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { verify } from 'argon2';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { User } from '../users/entities/user.entity';
import { ALL_QUEUES } from './queues.module';

export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';
const CREDENTIAL_CACHE_MS = 60_000;

/**
 * Mounts the BullMQ dashboard for administrators at /api/admin/queues. Until sign-in sessions exist
 * (issue 3) it asks for an admin's e-mail and password by HTTP Basic authentication.
 */
export async function mountQueueDashboard(app: INestApplication, fastify: FastifyInstance): Promise<void> {
  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: ALL_QUEUES.map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)))),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Skema queues' } },
  });
  const isAdmin = adminVerifier(app.get<DataSource>(getDataSourceToken()));
  await fastify.register(async (scope) => {
    scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      if (await isAdmin(request.headers.authorization)) return;
      await reply
        .status(401)
        .header('www-authenticate', 'Basic realm="Skema queues", charset="UTF-8"')
        .header('content-type', 'application/problem+json')
        .send({ type: 'urn:skema:problem:unauthorized', title: 'Unauthorized', status: 401, code: 'unauthorized', detail: 'Administrators only.' });
    });
    await scope.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
  });
}

/** Checks Basic credentials against active admins; a success is remembered briefly (argon2 is slow by design). */
function adminVerifier(dataSource: DataSource) {
  const accepted = new Map<string, number>();
  return async (header: string | undefined): Promise<boolean> => {
    if (!header?.startsWith('Basic ')) return false;
    const key = createHash('sha256').update(header).digest('hex');
    if ((accepted.get(key) ?? 0) > Date.now()) return true;
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    const separator = decoded.indexOf(':');
    if (separator < 1) return false;
    const email = decoded.slice(0, separator).trim().toLowerCase();
    const user = await dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .innerJoin('user.roles', 'role', 'role.role = :role', { role: 'admin' })
      .where('user.email = :email AND user.isActive', { email })
      .getOne();
    if (!user || !(await verify(user.passwordHash, decoded.slice(separator + 1)))) return false;
    accepted.set(key, Date.now() + CREDENTIAL_CACHE_MS);
    return true;
  };
}
