import { isEmailMandatory, MANDATORY_EMAIL_KINDS, NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from './notifications';

describe('notification kinds', () => {
  it('keep account, security, deadline-relevant and decision e-mails mandatory', () => {
    expect([...MANDATORY_EMAIL_KINDS].sort()).toEqual([
      'application_ineligible',
      'application_receipt',
      'application_submitted',
      'call_amended',
      'email_confirmation',
      'evaluation_result',
      'invitation',
      'password_reset',
      'security_alert',
    ]);
    expect(isEmailMandatory('organisation_verified')).toBe(false);
  });

  it('give every kind its channels, and some channel', () => {
    expect(Object.keys(NOTIFICATION_CHANNELS).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    for (const kind of NOTIFICATION_KINDS) {
      const channels = NOTIFICATION_CHANNELS[kind];
      // An e-mail-only kind must be mandatory, or turning it off would silence it entirely.
      expect(channels.inApp || channels.email === 'mandatory').toBe(true);
    }
  });
});
