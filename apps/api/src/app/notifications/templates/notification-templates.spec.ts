import { LOCALES, NOTIFICATION_KINDS, type NotificationKind } from '@skema/contracts';
import { NOTIFICATION_TEMPLATES, type NotificationParams } from './notification-templates';
import { renderEmail, renderInApp, renderText } from './render';

/** Every shape each kind's params can take, so every branch of every template is rendered. */
const SAMPLES: { [K in NotificationKind]: NotificationParams[K][] } = {
  email_confirmation: [{}],
  password_reset: [{}],
  invitation: [{ invitedBy: 'Drita Hoxha' }, { invitedBy: 'Drita Hoxha', organisationName: 'Qendra Vatra' }],
  organisation_verified: [{ organisationName: 'Qendra Vatra' }],
  organisation_registered: [{ organisationName: 'Qendra Vatra', registrationNumber: 'L12345678A' }],
  role_changed: [{ roles: ['programme_manager', 'admin'] }, { roles: [] }],
  security_alert: [
    { event: 'new_device', at: '2025-03-07T09:05:00Z', device: 'Firefox on Windows' },
    { event: 'new_device', at: '2025-03-07T09:05:00Z' },
    { event: 'password_changed', at: '2025-03-07T09:05:00Z' },
  ],
  application_submitted: [{ reference: 'SK-2026-KUK-0007', callReference: 'SK-2026-01', submittedAt: '2026-03-07T10:15:00Z' }],
  application_receipt: [{ reference: 'SK-2026-KUK-0007', callReference: 'SK-2026-01' }],
  application_ineligible: [
    {
      reference: 'SK-2026-KUK-0007',
      callReference: 'SK-2026-01',
      failed: [{ textSq: 'Organizata është e regjistruar në Shqipëri', textEn: 'The organisation is registered in Albania', note: 'Mungon vendimi i gjykatës.' }],
    },
  ],
  call_amended: [{ callReference: 'SK-2026-01', reasonSq: 'Afati u zgjat.', reasonEn: 'The deadline was extended.' }],
  evaluation_result: [
    { reference: 'SK-2026-KUK-0007', callReference: 'SK-2026-02', outcome: 'selected', awardSq: '36 000,00 €', awardEn: '€36,000.00' },
    { reference: 'SK-2026-KUK-0007', callReference: 'SK-2026-02', outcome: 'selected' },
    { reference: 'SK-2026-KUK-0007', callReference: 'SK-2026-02', outcome: 'reserve', reserveRank: 2 },
    { reference: 'SK-2026-KUK-0007', callReference: 'SK-2026-02', outcome: 'rejected' },
    { reference: 'SK-2026-KUK-0007', callReference: 'SK-2026-02', outcome: 'ineligible' },
  ],
};

const samples = NOTIFICATION_KINDS.flatMap((kind) => (SAMPLES[kind] as unknown[]).map((params) => ({ kind, params })));

describe('notification templates', () => {
  it('cover every kind, in every language, and nothing else', () => {
    expect(Object.keys(NOTIFICATION_TEMPLATES).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    for (const kind of NOTIFICATION_KINDS) {
      expect(Object.keys(NOTIFICATION_TEMPLATES[kind]).sort()).toEqual([...LOCALES].sort());
    }
  });

  it.each(samples)('render $kind completely and differently in each language', ({ kind, params }) => {
    const [sq, en] = LOCALES.map((locale) => renderText(kind, locale, params));
    for (const text of [sq, en]) {
      const all = [text.subject, ...text.lines, text.action ?? ''].join('\n');
      expect(text.subject.trim()).not.toBe('');
      expect(text.lines.length).toBeGreaterThan(0);
      expect(all).not.toMatch(/\{|\}|undefined|null|NaN|Invalid Date/);
    }
    expect(sq.subject).not.toBe(en.subject);
    expect(sq.lines.join()).not.toBe(en.lines.join());
  });

  it('write dates in Tirana time, the way each language does', () => {
    const params = SAMPLES.security_alert[2];
    expect(renderText('security_alert', 'sq', params).lines[0]).toContain('më 7.3.2025, 10:05.');
    expect(renderText('security_alert', 'en', params).lines[0]).toContain('on 3/7/2025, 10:05 AM.');
  });

  it('name roles with the glossary terms', () => {
    expect(renderText('role_changed', 'sq', SAMPLES.role_changed[0]).lines[0]).toContain(
      'menaxher programi dhe administrator',
    );
    expect(renderText('role_changed', 'en', SAMPLES.role_changed[0]).lines[0]).toContain(
      'programme manager and administrator',
    );
  });

  it('give the bell a title and a body', () => {
    expect(renderInApp('organisation_verified', 'sq', { organisationName: 'Qendra Vatra' })).toEqual({
      title: 'Organizata juaj u verifikua',
      body: 'Organizata Qendra Vatra u verifikua nga menaxheri i programit.\nTani mund të aplikoni në thirrjet për propozime të hapura.',
    });
  });
});

describe('notification e-mails', () => {
  const context = {
    locale: 'en' as const,
    name: 'Arta',
    link: '/organisations/42',
    publicUrl: 'https://skema.example/',
  };

  it('link to PUBLIC_URL + link, in the text and the HTML', () => {
    const email = renderEmail('organisation_verified', { organisationName: 'Vatra' }, context);
    expect(email.subject).toBe('Your organisation has been verified');
    expect(email.text).toContain('Hello Arta,');
    expect(email.text).toContain('Open in Skema: https://skema.example/organisations/42');
    expect(email.html).toContain('href="https://skema.example/organisations/42"');
    expect(email.html).toContain('<html lang="en">');
  });

  it('escape what people typed', () => {
    const email = renderEmail(
      'organisation_verified',
      { organisationName: '<script>alert("x")</script> & Co' },
      context,
    );
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(email.text).toContain('<script>alert("x")</script> & Co');
  });

  it('say where to turn optional e-mails off, and that mandatory ones always come', () => {
    const optional = renderEmail('role_changed', { roles: ['evaluator'] }, { ...context, locale: 'sq' });
    expect(optional.text).toContain('https://skema.example/notifications/preferences');
    const mandatory = renderEmail(
      'password_reset',
      {},
      { ...context, locale: 'sq', name: null, link: '/reset?token=abc' },
    );
    expect(mandatory.text).toMatch(/^Përshëndetje,/);
    expect(mandatory.text).toContain('Rivendos fjalëkalimin: https://skema.example/reset?token=abc');
    expect(mandatory.text).toContain('dërgohet gjithmonë');
    expect(mandatory.text).not.toContain('/notifications/preferences');
  });
});
