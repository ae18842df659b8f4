import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { settle } from '../../../testing/auth-testing';
import { authEndpoint, backgroundRequest } from './auth-context';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';

const unauthorized = { status: 401, statusText: 'Unauthorized' };
const problem = (code: string, status: number) => ({ type: 'about:blank', title: 't', status, detail: code, code });

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let token: string | null;
  let refresh: jest.Mock<Promise<string | null>, []>;
  let navigateByUrl: jest.Mock;

  beforeEach(() => {
    token = 'old';
    refresh = jest.fn(async () => {
      token = 'new';
      return token;
    });
    navigateByUrl = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: { accessToken: () => token, refresh } },
        { provide: Router, useValue: { navigateByUrl } },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('sends the access token to the API', () => {
    http.get('/api/auth/me').subscribe();

    expect(backend.expectOne('/api/auth/me').request.headers.get('Authorization')).toBe('Bearer old');
  });

  it('never sends it anywhere else', () => {
    http.get('/i18n/sq.json').subscribe();
    http.get('https://elsewhere.example/api/x').subscribe();

    expect(backend.expectOne('/i18n/sq.json').request.headers.has('Authorization')).toBe(false);
    expect(backend.expectOne('https://elsewhere.example/api/x').request.headers.has('Authorization')).toBe(false);
  });

  it('leaves the cookie-based auth endpoints alone', () => {
    http.post('/api/auth/refresh', null, { context: authEndpoint() }).subscribe();

    expect(backend.expectOne('/api/auth/refresh').request.headers.has('Authorization')).toBe(false);
  });

  it('refreshes once on a 401 and retries with the new token', async () => {
    const answer = firstValueFrom(http.get<{ ok: boolean }>('/api/users'));
    backend.expectOne('/api/users').flush(problem('unauthorized', 401), unauthorized);
    await settle();

    const retry = backend.expectOne('/api/users');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer new');
    retry.flush({ ok: true });

    expect(await answer).toEqual({ ok: true });
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('gives up after the one retry: a second 401 is a real refusal', async () => {
    const failed = jest.fn();
    http.get('/api/users').subscribe({ error: failed });
    backend.expectOne('/api/users').flush(problem('unauthorized', 401), unauthorized);
    await settle();
    backend.expectOne('/api/users').flush(problem('unauthorized', 401), unauthorized);
    await settle();

    expect(refresh).toHaveBeenCalledTimes(1);
    expect(failed).toHaveBeenCalledWith(expect.objectContaining({ status: 401 }));
    backend.expectNone('/api/users');
  });

  it('fails with the original 401 when the session has ended', async () => {
    refresh.mockResolvedValueOnce(null);
    const failed = jest.fn();
    http.get('/api/users').subscribe({ error: failed });
    backend.expectOne('/api/users').flush(problem('unauthorized', 401), unauthorized);
    await settle();

    expect(failed).toHaveBeenCalledWith(expect.objectContaining({ status: 401 }));
  });

  it('uses a token another request already renewed instead of rotating again', async () => {
    http.get('/api/users').subscribe();
    const first = backend.expectOne('/api/users');
    token = 'renewed-elsewhere';
    first.flush(problem('unauthorized', 401), unauthorized);
    await settle();

    expect(backend.expectOne('/api/users').request.headers.get('Authorization')).toBe('Bearer renewed-elsewhere');
    expect(refresh).not.toHaveBeenCalled();
  });

  it('does not keep an idle session alive for background polling', async () => {
    const failed = jest.fn();
    http.get('/api/notifications/unread-count', { context: backgroundRequest() }).subscribe({ error: failed });
    backend.expectOne('/api/notifications/unread-count').flush(problem('unauthorized', 401), unauthorized);
    await settle();

    expect(refresh).not.toHaveBeenCalled();
    expect(failed).toHaveBeenCalled();
  });

  it('does not refresh for a visitor who has no session', async () => {
    token = null;
    http.get('/api/users').subscribe({ error: () => undefined });
    const request = backend.expectOne('/api/users');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush(problem('unauthorized', 401), unauthorized);
    await settle();

    expect(refresh).not.toHaveBeenCalled();
  });

  it('takes staff who must set up a second factor to that page', () => {
    http.get('/api/users').subscribe({ error: () => undefined });
    backend
      .expectOne('/api/users')
      .flush(problem('second_factor_setup_required', 403), { status: 403, statusText: 'Forbidden' });

    expect(navigateByUrl).toHaveBeenCalledWith('/account/security');
  });
});
