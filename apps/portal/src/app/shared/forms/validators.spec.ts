import { FormControl } from '@angular/forms';
import { atLeastOne, email, iban, newPassword, nuis, otpCode, otpOrRecoveryCode, phone } from './validators';

const check = (validator: (control: FormControl) => unknown, value: unknown) => validator(new FormControl(value));

describe('form validators', () => {
  it('leave empty fields to Validators.required', () => {
    for (const validator of [email, phone, nuis, iban, otpCode, otpOrRecoveryCode]) {
      expect(check(validator, '')).toBeNull();
      expect(check(validator, null)).toBeNull();
    }
  });

  describe('email', () => {
    it.each(['anila@shpresa.org', 'a.b+grants@mail.example.al', ' trimmed@example.org '])('accepts %s', (value) => {
      expect(check(email, value)).toBeNull();
    });

    it.each(['anila', 'anila@shpresa', 'an ila@shpresa.org', '@shpresa.org', 'anila@.org'])(
      'refuses %s, as the API would',
      (value) => {
        expect(check(email, value)).toEqual({ email: true });
      },
    );
  });

  describe('NUIS', () => {
    it.each(['L12345678A', 'l12345678a', ' K 31524007 A '])('accepts %p (case and spaces forgiven)', (value) => {
      expect(check(nuis, value)).toBeNull();
    });

    it.each(['12345678', 'L1234567A', 'L123456789A', 'LL2345678A'])('refuses %s', (value) => {
      expect(check(nuis, value)).toEqual({ nuis: true });
    });
  });

  describe('IBAN', () => {
    it('accepts a valid Albanian IBAN, with or without spaces', () => {
      expect(check(iban, 'AL47 2121 1009 0000 0002 3569 8741')).toBeNull();
      expect(check(iban, 'al47212110090000000235698741')).toBeNull();
    });

    it('catches a mistyped digit by its checksum', () => {
      expect(check(iban, 'AL47 2121 1009 0000 0002 3569 8742')).toEqual({ iban: true });
    });

    it('says an Albanian IBAN is incomplete while it is still being typed', () => {
      expect(check(iban, 'AL47 2121 1009')).toEqual({ ibanIncomplete: { length: 12, expected: 28 } });
    });

    it('checks other countries too', () => {
      expect(check(iban, 'DE89 3704 0044 0532 0130 00')).toBeNull();
      expect(check(iban, 'DE89 3704 0044 0532 0130 01')).toEqual({ iban: true });
    });
  });

  it('accepts phone numbers as the API does', () => {
    expect(check(phone, '+355 4 222 3333')).toBeNull();
    expect(check(phone, '(04) 222-3333')).toBeNull();
    expect(check(phone, 'call me')).toEqual({ phone: true });
    expect(check(phone, '12')).toEqual({ phone: true });
  });

  it('wants six digits from an authenticator app', () => {
    expect(check(otpCode, '123456')).toBeNull();
    expect(check(otpCode, '123 456')).toBeNull();
    expect(check(otpCode, '12345')).toEqual({ otp: true });
    expect(check(otpCode, 'abcdef')).toEqual({ otp: true });
  });

  it('takes a recovery code in place of the code at sign-in', () => {
    expect(check(otpOrRecoveryCode, '123456')).toBeNull();
    expect(check(otpOrRecoveryCode, 'abcde-12345')).toBeNull();
    expect(check(otpOrRecoveryCode, 'ABCDE12345')).toBeNull();
    expect(check(otpOrRecoveryCode, 'abc')).toEqual({ otpOrRecovery: true });
  });

  describe('new password', () => {
    it('is required', () => {
      expect(check(newPassword, '')).toEqual({ required: true });
    });

    it('needs the length the API needs', () => {
      expect(check(newPassword, 'short')).toEqual({ passwordTooShort: { min: 12, length: 5 } });
      expect(check(newPassword, 'x'.repeat(129))).toEqual({ passwordTooLong: { max: 128 } });
      expect(check(newPassword, 'lumi-drini-buzë-detit')).toBeNull();
    });
  });

  it('wants at least one choice from a list', () => {
    expect(check(atLeastOne, [])).toEqual({ atLeastOne: true });
    expect(check(atLeastOne, null)).toEqual({ atLeastOne: true });
    expect(check(atLeastOne, ['TIR'])).toBeNull();
  });
});
