import { Encryption } from './encryption';

describe('Encryption', () => {
  const key = 'ab'.repeat(32);
  const encryption = new Encryption(key);

  it('round-trips text, with a fresh IV each time', () => {
    const a = encryption.encrypt('JBSWY3DPEHPK3PXP');
    const b = encryption.encrypt('JBSWY3DPEHPK3PXP');
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(encryption.decrypt(a)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('detects tampering and a wrong key', () => {
    const sealed = encryption.encrypt('secret');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('other!').toString('base64url');
    expect(() => encryption.decrypt(parts.join('.'))).toThrow();
    expect(() => new Encryption('cd'.repeat(32)).decrypt(sealed)).toThrow();
  });

  it('refuses a key of the wrong size', () => expect(() => new Encryption('abcd')).toThrow(/32 bytes/));
});
