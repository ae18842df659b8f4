import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { OutboxDispatcher } from './outbox-dispatcher';
import { OutboxTopics } from './outbox-topics';

/** A database that holds outbox rows in memory and answers the dispatcher's few statements. */
function fakeDatabase(rows: { id: string; topic: string }[]) {
  const dispatched = new Set<string>();
  const statements: { sql: string; params: unknown[] }[] = [];
  const query = async (sql: string, params: unknown[] = []) => {
    statements.push({ sql, params });
    if (sql.includes('SELECT id, topic')) {
      const topics = params[0] as string[];
      return rows.filter((r) => topics.includes(r.topic) && !dispatched.has(r.id)).slice(0, params[1] as number);
    }
    if (sql.includes('SET dispatched_at = now()')) (params[0] as string[]).forEach((id) => dispatched.add(id));
    return [[], 0];
  };
  const manager = { query } as unknown as EntityManager;
  const dataSource = { query, transaction: (work: (m: EntityManager) => Promise<unknown>) => work(manager) } as unknown as DataSource;
  return { dataSource, dispatched, statements };
}

describe('outbox dispatcher', () => {
  it('hands each row to its own topic’s queue and marks what the queues accepted', async () => {
    const db = fakeDatabase([
      { id: '1', topic: 'email' },
      { id: '2', topic: 'receipt' },
      { id: '3', topic: 'email' },
    ]);
    const topics = new OutboxTopics();
    const seen: string[] = [];
    topics.register('email', async (id) => void seen.push(`email-${id}`));
    topics.register('receipt', async (id) => void seen.push(`receipt-${id}`));
    await expect(new OutboxDispatcher(db.dataSource, topics).dispatchPending()).resolves.toBe(3);
    expect(seen).toEqual(['email-1', 'receipt-2', 'email-3']);
    expect([...db.dispatched].sort()).toEqual(['1', '2', '3']);
  });

  it('claims, re-dispatches and prunes only the topics some queue in this process takes', async () => {
    const db = fakeDatabase([
      { id: '1', topic: 'email' },
      { id: '2', topic: 'receipt' },
    ]);
    const topics = new OutboxTopics();
    topics.register('email', async () => undefined);
    await new OutboxDispatcher(db.dataSource, topics).dispatchPending();
    expect([...db.dispatched]).toEqual(['1']);
    const byTopic = db.statements.filter((s) => /topic = ANY/.test(s.sql));
    expect(byTopic.map((s) => s.sql.trim().split(/\s+/)[0])).toEqual(['UPDATE', 'DELETE', 'SELECT']);
    for (const statement of byTopic) expect(statement.params[0]).toEqual(['email']);
  });

  it('stops at the first refusal: the rows before it are marked, the rest wait for the next pass', async () => {
    const db = fakeDatabase([
      { id: '1', topic: 'email' },
      { id: '2', topic: 'receipt' },
      { id: '3', topic: 'email' },
    ]);
    const topics = new OutboxTopics();
    topics.register('email', async () => undefined);
    topics.register('receipt', () => Promise.reject(new Error('Redis did not answer within 3000 ms')));
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const dispatcher = new OutboxDispatcher(db.dataSource, topics);
    await expect(dispatcher.dispatchPending()).resolves.toBe(1);
    expect([...db.dispatched]).toEqual(['1']);
    expect(warn).toHaveBeenCalledWith('outbox dispatch paused: Redis did not answer within 3000 ms');
    warn.mockRestore();
  });
});
