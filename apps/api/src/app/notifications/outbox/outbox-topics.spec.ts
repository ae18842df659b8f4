import { OutboxTopics } from './outbox-topics';

describe('outbox topics', () => {
  it('hand each topic to the queue registered for it', async () => {
    const topics = new OutboxTopics();
    const emails: string[] = [];
    const receipts: string[] = [];
    topics.register('email', async (id) => void emails.push(id));
    topics.register('receipt', async (id) => void receipts.push(id));
    await topics.enqueue('receipt', '7');
    await topics.enqueue('email', '8');
    expect({ emails, receipts }).toEqual({ emails: ['8'], receipts: ['7'] });
    expect(topics.topics()).toEqual(['email', 'receipt']);
  });

  it('refuse a topic registered twice, and reject one nobody registered', async () => {
    const topics = new OutboxTopics();
    topics.register('email', async () => undefined);
    expect(() => topics.register('email', async () => undefined)).toThrow(/registered twice/);
    await expect(topics.enqueue('fax', '1')).rejects.toThrow(/no queue for outbox topic "fax"/);
  });

  it('pass on a queue’s refusal (Redis down) to the dispatcher', async () => {
    const topics = new OutboxTopics();
    topics.register('receipt', () => Promise.reject(new Error('Redis is not connected (reconnecting)')));
    await expect(topics.enqueue('receipt', '1')).rejects.toThrow('Redis is not connected');
  });
});
