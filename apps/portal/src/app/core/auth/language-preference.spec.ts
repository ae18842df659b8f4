import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { CurrentUserDto, Locale } from '@skema/contracts';
import { of } from 'rxjs';
import { LanguageService } from '../i18n/language.service';
import { AuthApi } from './auth-api';
import { AuthService } from './auth.service';
import { syncLanguagePreference } from './language-preference';

describe('syncLanguagePreference', () => {
  const user = signal<Pick<CurrentUserDto, 'id' | 'locale'> | null>(null);
  const language = signal<Locale>('sq');
  const setLocale = jest.fn((locale: Locale) => of(void locale));

  beforeEach(() => {
    user.set(null);
    language.set('sq');
    setLocale.mockClear();
    TestBed.configureTestingModule({
      providers: [
        { provide: AuthService, useValue: { user } },
        { provide: LanguageService, useValue: { language } },
        { provide: AuthApi, useValue: { setLocale } },
      ],
    });
    TestBed.runInInjectionContext(syncLanguagePreference);
  });

  it('saves the portal language to an account that has another one, once, on signing in', () => {
    TestBed.tick();
    expect(setLocale).not.toHaveBeenCalled(); // signed out: nothing to save
    user.set({ id: 'u1', locale: 'en' });
    TestBed.tick();
    expect(setLocale.mock.calls).toEqual([['sq']]);
    TestBed.tick();
    expect(setLocale).toHaveBeenCalledTimes(1);
  });

  it('saves every switch, including back to the language the account started with', () => {
    user.set({ id: 'u1', locale: 'sq' });
    TestBed.tick();
    expect(setLocale).not.toHaveBeenCalled(); // already the same
    language.set('en');
    TestBed.tick();
    language.set('sq');
    TestBed.tick();
    expect(setLocale.mock.calls).toEqual([['en'], ['sq']]);
  });

  it('starts afresh for the next person who signs in on this browser', () => {
    user.set({ id: 'u1', locale: 'sq' });
    TestBed.tick();
    user.set(null);
    TestBed.tick();
    user.set({ id: 'u2', locale: 'en' });
    TestBed.tick();
    expect(setLocale.mock.calls).toEqual([['sq']]);
  });
});
