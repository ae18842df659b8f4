import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { SkFieldErrorPipe } from './field-error.pipe';

describe('skFieldError', () => {
  let pipe: SkFieldErrorPipe;

  beforeEach(() => {
    window.localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] });
    pipe = TestBed.runInInjectionContext(() => new SkFieldErrorPipe());
  });

  it('says what is wrong in Albanian by default', () => {
    expect(pipe.transform({ required: true })).toBe('Kjo fushë është e detyrueshme.');
    expect(pipe.transform({ minlength: { requiredLength: 3, actualLength: 1 } })).toBe('Përdorni të paktën 3 karaktere.');
  });

  it('follows the language', () => {
    TestBed.inject(TranslocoService).setActiveLang('en');
    expect(pipe.transform({ ibanIncomplete: { length: 12, expected: 28 } })).toBe(
      'An Albanian IBAN has 28 characters; this one has 12 so far.',
    );
    expect(pipe.transform({ passwordTooShort: { min: 12, length: 5 } })).toBe('Use at least 12 characters.');
  });

  it("puts the API's own message first: it is why the last submit failed", () => {
    expect(pipe.transform({ required: true, server: 'Ky NUIS është regjistruar tashmë.' })).toBe(
      'Ky NUIS është regjistruar tashmë.',
    );
  });

  it('says nothing when nothing is wrong', () => {
    expect(pipe.transform(null)).toBe('');
  });
});
