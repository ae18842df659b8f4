import { randomUUID } from 'node:crypto';
import { CLS_ID, ClsServiceManager, type ClsStore } from 'nestjs-cls';
import type { AuthenticatedUser } from '../access/authenticated-user';

/** The signed-in person a change is attributed to. */
export interface Actor {
  id: string;
  email: string;
}

export interface RequestStore extends ClsStore {
  actor?: Actor;
}

/*
 * Who is acting and in which request, readable anywhere in the call chain without passing it along.
 *
 * Plain functions over nestjs-cls's global store rather than an injectable, on purpose: the TypeORM
 * audit subscriber is instantiated by TypeORM, outside Nest's container, and the CLI has no container at
 * all. Outside an HTTP request (queue workers, CLI, migrations) there is no context unless someone opens
 * one with `runInContext`; without an actor, the audit trail records `system`.
 */
const cls = () => ClsServiceManager.getClsService<RequestStore>();

/** The signed-in person of the current request, or null (anonymous request, worker, CLI). */
export function currentActor(): Actor | null {
  const store = cls();
  return store.isActive() ? (store.get('actor') ?? null) : null;
}

/** The request id (Fastify's, the one in every log line), or the id given to `runInContext`. */
export function currentRequestId(): string | null {
  const store = cls();
  return store.isActive() ? (store.getId() ?? null) : null;
}

/**
 * Attributes the rest of the current request to `user`. `ActorContextInterceptor` calls it for every
 * handler (guards run after middleware, so the middleware cannot know the user yet); a guard or strategy
 * may call it earlier too. A no-op outside a context.
 */
export function setActor(user: Pick<AuthenticatedUser, 'id' | 'email'>): void {
  const store = cls();
  if (store.isActive()) store.set('actor', { id: user.id, email: user.email });
}

/**
 * Runs `work` in a fresh context, e.g. a queue job (`requestId: 'job:<queue>:<id>'`) or a script acting
 * on someone's behalf. Without an actor, its changes are attributed to `system`.
 */
export function runInContext<T>(context: { requestId?: string; actor?: Actor | null }, work: () => Promise<T>): Promise<T> {
  const store: RequestStore = { [CLS_ID]: context.requestId ?? randomUUID() };
  if (context.actor) store.actor = { id: context.actor.id, email: context.actor.email };
  return cls().runWith(store, work);
}
