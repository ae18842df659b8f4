import { maskEmail, maskIban, maskName, maskPhone, maskRecord, REDACTED } from './audit-masking';

describe('audit masking', () => {
  it('masks e-mail addresses to a recognisable shape', () => {
    expect(maskEmail('arta.hoxha@example.org')).toBe('a***@e***.org');
    expect(maskEmail('Applicant@VMA-Kukes.test')).toBe('a***@v***.test');
    expect(maskEmail('x@localhost')).toBe('x***@l***');
    expect(maskEmail('not-an-address')).toBe('***');
  });

  it('keeps the last two digits of a phone number, and not its length', () => {
    expect(maskPhone('+355 69 123 4567')).toBe('***67');
    expect(maskPhone('04 222 333')).toBe('***33');
    expect(maskPhone('1')).toBe('***');
  });

  it('keeps the country and the last four characters of an IBAN', () => {
    expect(maskIban('AL47 2121 1009 0000 0002 3569 8741')).toBe('AL***8741');
    expect(maskIban('al47212110090000000235698741')).toBe('AL***8741');
    expect(maskIban('AL47')).toBe('***');
  });

  it('keeps only the initials of a person’s name', () => {
    expect(maskName('Arta  Hoxha')).toBe('A*** H***');
    expect(maskName(' ')).toBe('***');
  });

  it('redacts every secret column whatever its case, keeping only whether it is set', () => {
    const row = maskRecord({
      password_hash: '$argon2id$v=19$…',
      passwordHash: 'x',
      token_hash: 'abc',
      refreshToken: 'abc',
      totp_secret: 'JBSWY3DPEHPK3PXP',
      recovery_codes: ['a', 'b'],
      private_note: Buffer.from('ciphertext'),
      notes: { text: 'free text' },
      api_secret: null,
    });
    expect(row).toEqual({
      password_hash: REDACTED,
      passwordHash: REDACTED,
      token_hash: REDACTED,
      refreshToken: REDACTED,
      totp_secret: REDACTED,
      recovery_codes: REDACTED,
      private_note: REDACTED,
      notes: REDACTED,
      api_secret: null,
    });
  });

  it('masks personal data by column name, in nested objects and lists too', () => {
    expect(
      maskRecord({
        email: 'info@vma-kukes.org',
        contact_email: 'drejtori@vma-kukes.org',
        phone: '+355 69 123 4567',
        mobileNumber: '0691234567',
        iban: 'AL47212110090000000235698741',
        display_name: 'Arta Hoxha',
        legal_name: 'Shoqata e Viktimave të Minave dhe Armëve',
        contacts: [{ firstName: 'Besa', phone: '0681112233' }],
      }),
    ).toEqual({
      email: 'i***@v***.org',
      contact_email: 'd***@v***.org',
      phone: '***67',
      mobileNumber: '***67',
      iban: 'AL***8741',
      display_name: 'A*** H***',
      legal_name: 'Shoqata e Viktimave të Minave dhe Armëve',
      contacts: [{ firstName: 'B***', phone: '***33' }],
    });
  });

  it('masks an e-mail address whatever column it hides in', () => {
    expect(maskRecord({ reviewer: 'pm@skema.test', remark: 'called pm@skema.test' })).toEqual({
      reviewer: 'p***@s***.test',
      remark: 'called pm@skema.test',
    });
  });

  it('turns values into plain JSON: dates as ISO text, bigints as text, undefined left out', () => {
    expect(
      maskRecord({
        verified_at: new Date('2026-01-15T09:00:00.000Z'),
        email_verified_at: new Date('2026-01-15T09:00:00.000Z'),
        amount_cents: 6_000_000n,
        is_active: false,
        score: Number.NaN,
        acronym: undefined,
        address: null,
      }),
    ).toEqual({
      verified_at: '2026-01-15T09:00:00.000Z',
      email_verified_at: '2026-01-15T09:00:00.000Z',
      amount_cents: '6000000',
      is_active: false,
      score: null,
      address: null,
    });
  });
});
