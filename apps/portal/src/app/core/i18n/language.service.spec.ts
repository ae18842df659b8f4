import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { BROWSER_STORAGE } from './browser-storage';
import { LANGUAGE_STORAGE_KEY, LanguageService } from './language.service';

describe('LanguageService', () => {
  function setUp(storage: Storage | null = window.localStorage) {
    TestBed.configureTestingModule({
      providers: [provideTranslocoTesting(), { provide: BROWSER_STORAGE, useValue: storage }],
    });
    return {
      service: TestBed.inject(LanguageService),
      transloco: TestBed.inject(TranslocoService),
      html: TestBed.inject(DOCUMENT).documentElement,
    };
  }

  beforeEach(() => {
    window.localStorage.clear();
    document.documentElement.lang = 'en';
  });

  it('starts in Albanian when the person has not chosen', () => {
    const { service, transloco, html } = setUp();

    expect(service.language()).toBe('sq');
    expect(service.formatLocale()).toBe('sq');
    expect(transloco.getActiveLang()).toBe('sq');
    expect(html.lang).toBe('sq');
  });

  it('switches Transloco, <html lang> and the formatting locale together', () => {
    const { service, transloco, html } = setUp();

    service.use('en');

    expect(service.language()).toBe('en');
    expect(transloco.getActiveLang()).toBe('en');
    expect(transloco.translate('nav.openCalls')).toBe('Open calls');
    expect(html.lang).toBe('en');
    expect(service.formatLocale()).toBe('en-GB');
  });

  it('remembers the choice for the next visit', () => {
    setUp().service.use('en');

    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('restores a remembered choice', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');

    const { service, html } = setUp();

    expect(service.language()).toBe('en');
    expect(html.lang).toBe('en');
  });

  it('ignores a stored value that is not a language Skema speaks', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');

    expect(setUp().service.language()).toBe('sq');
  });

  it('keeps working when the browser blocks storage', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    } as unknown as Storage;
    const { service } = setUp(blocked);

    expect(service.language()).toBe('sq');
    expect(() => service.use('en')).not.toThrow();
    expect(service.language()).toBe('en');
  });
});
