import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { LanguageService } from '../i18n/language.service';
import { acceptLanguageInterceptor } from './accept-language.interceptor';

describe('acceptLanguageInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    window.localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTranslocoTesting(),
        provideHttpClient(withInterceptors([acceptLanguageInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks the API to answer in Albanian by default', () => {
    http.get('/api/info').subscribe();

    expect(backend.expectOne('/api/info').request.headers.get('Accept-Language')).toBe('sq');
  });

  it('follows the language the person switches to', () => {
    TestBed.inject(LanguageService).use('en');

    http.get('/api/health').subscribe();

    expect(backend.expectOne('/api/health').request.headers.get('Accept-Language')).toBe('en');
  });

  it('leaves requests outside the API alone', () => {
    http.get('/i18n/sq.json').subscribe();
    http.get('/apiary').subscribe();

    expect(backend.expectOne('/i18n/sq.json').request.headers.has('Accept-Language')).toBe(false);
    expect(backend.expectOne('/apiary').request.headers.has('Accept-Language')).toBe(false);
  });

  it('keeps a language a caller set on purpose', () => {
    http.get('/api/info', { headers: { 'Accept-Language': 'en' } }).subscribe();

    expect(backend.expectOne('/api/info').request.headers.get('Accept-Language')).toBe('en');
  });
});
