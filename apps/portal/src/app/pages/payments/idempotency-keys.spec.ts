import { IdempotencyKeys, newIdempotencyKey, outcomeUnknown } from './idempotency-keys';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('IdempotencyKeys', () => {
  it('keeps one key per tranche until the server answers for good', () => {
    let n = 0;
    const keys = new IdempotencyKeys(() => `key-${++n}`);
    expect(keys.keyFor('t-1')).toBe('key-1');
    expect(keys.keyFor('t-1')).toBe('key-1');
    expect(keys.keyFor('t-2')).toBe('key-2');
    keys.settle('t-1');
    expect(keys.keyFor('t-1')).toBe('key-3');
    expect(keys.keyFor('t-2')).toBe('key-2');
  });

  it('makes version 4 UUIDs, as the API requires', () => {
    expect(new IdempotencyKeys().keyFor('t-1')).toMatch(UUID_V4);
  });
});

describe('newIdempotencyKey', () => {
  it('builds a version 4 UUID from random bytes where randomUUID is missing (plain HTTP)', () => {
    const randomUUID = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
      expect(keys.size).toBe(50);
      for (const key of keys) expect(key).toMatch(UUID_V4);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: randomUUID, configurable: true });
    }
  });
});

describe('outcomeUnknown', () => {
  it('is unknown without an answer or after a server failure, and known after a refusal', () => {
    expect(outcomeUnknown({ kind: 'unreachable' })).toBe(true);
    expect(outcomeUnknown({ kind: 'unexpected', status: null })).toBe(true);
    expect(outcomeUnknown({ kind: 'unexpected', status: 502 })).toBe(true);
    const problem = (status: number) =>
      ({ kind: 'problem', status, problem: { type: '', title: '', status, detail: '', code: '' } }) as const;
    expect(outcomeUnknown(problem(500))).toBe(true);
    expect(outcomeUnknown(problem(409))).toBe(false);
    expect(outcomeUnknown(problem(403))).toBe(false);
    expect(outcomeUnknown({ kind: 'unexpected', status: 404 })).toBe(false);
  });
});
