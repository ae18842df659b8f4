import { type AuditContent, chainHash, GENESIS_HASH } from './audit-hash';
import { AuditChainCheck, describeVerification, type StoredAuditEntry } from './audit-verifier';

function chain(length: number): StoredAuditEntry[] {
  const entries: StoredAuditEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let i = 1; i <= length; i += 1) {
    const content: AuditContent = {
      id: String(i * 2),
      occurredAt: new Date(Date.UTC(2026, 0, 15, 9, 0, i)).toISOString(),
      actorId: null,
      actorLabel: 'system',
      requestId: null,
      action: 'update',
      entity: 'organisations',
      entityId: 'o-1',
      before: { legal_name: `v${i - 1}` },
      after: { legal_name: `v${i}` },
    };
    const hash = chainHash(prevHash, content);
    entries.push({ ...content, prevHash, hash });
    prevHash = hash;
  }
  return entries;
}

describe('audit chain check', () => {
  it('accepts a sound chain fed in batches of any size (ids may have gaps)', () => {
    const entries = chain(7);
    const check = new AuditChainCheck();
    expect(check.feed(entries.slice(0, 3))).toBeNull();
    expect(check.feed(entries.slice(3))).toBeNull();
    expect(check.entries).toBe(7);
    expect(describeVerification({ intact: true, entries: 7 })).toBe('audit chain intact: 7 entries');
  });

  it('names an edited entry by its own hash', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2], after: { legal_name: 'forged' } } as StoredAuditEntry;
    const check = new AuditChainCheck();
    const broken = check.feed(entries);
    expect(broken).toMatchObject({ id: '6', field: 'hash', found: entries[2]?.hash });
    expect(check.entries).toBe(2);
  });

  it('names the entry after a deleted one by its link', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    const broken = new AuditChainCheck().feed(entries);
    expect(broken).toMatchObject({ id: '6', field: 'prev_hash' });
    if (!broken) return;
    expect(describeVerification({ intact: false, entries: 1, broken })).toMatch(
      /^audit chain broken at entry #6 \(expected prev_hash [0-9a-f]{64}, found [0-9a-f]{64}\)$/,
    );
  });

  it('requires the first entry to start from 64 zeros', () => {
    const entries = chain(3).slice(1);
    expect(new AuditChainCheck().feed(entries)).toMatchObject({ id: '4', field: 'prev_hash', expected: GENESIS_HASH });
  });
});
