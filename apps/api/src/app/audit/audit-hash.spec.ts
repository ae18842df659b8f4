import { createHash } from 'node:crypto';
import { type AuditContent, canonicalJson, chainHash, GENESIS_HASH } from './audit-hash';

const content: AuditContent = {
  id: '1',
  occurredAt: '2026-01-15T09:00:00.123Z',
  actorId: null,
  actorLabel: 'system',
  requestId: null,
  action: 'insert',
  entity: 'organisations',
  entityId: '7b0c…',
  before: null,
  after: { legal_name: 'VMA', email: 'i***@v***.org', regions: ['KUK'] },
};

describe('audit hashing', () => {
  it('writes canonical JSON: keys sorted at every level, no whitespace, undefined left out', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: null, y: 'é' }], c: undefined } })).toBe('{"a":{"d":[2,{"y":"é","z":null}]},"b":1}');
    expect(canonicalJson(new Date('2026-01-15T09:00:00Z'))).toBe('"2026-01-15T09:00:00.000Z"');
    expect(canonicalJson([undefined, 1])).toBe('[null,1]');
  });

  it('gives the same text whatever order the keys come back in (jsonb reorders them)', () => {
    const reordered = JSON.parse('{"regions":["KUK"],"email":"i***@v***.org","legal_name":"VMA"}') as object;
    expect(canonicalJson(reordered)).toBe(canonicalJson(content.after));
  });

  it('hashes sha256(prev_hash + canonical content) in hex', () => {
    const expected = createHash('sha256')
      .update(GENESIS_HASH + canonicalJson({ ...content }))
      .digest('hex');
    expect(chainHash(GENESIS_HASH, content)).toBe(expected);
    expect(chainHash(GENESIS_HASH, content)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when anything in the entry or its predecessor changes', () => {
    const base = chainHash(GENESIS_HASH, content);
    expect(chainHash('1'.repeat(64), content)).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...content, id: '2' })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...content, after: { ...content.after, legal_name: 'VMA2' } })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...content, actorLabel: 'a***@s***.test' })).not.toBe(base);
  });

  it('ignores fields that are not content (the stored hash itself)', () => {
    expect(chainHash(GENESIS_HASH, { ...content, hash: 'whatever' } as AuditContent)).toBe(chainHash(GENESIS_HASH, content));
  });
});
