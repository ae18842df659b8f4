import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ProblemDetails } from '@skema/contracts';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { ErrorNotifier } from './error-notifier.service';
import { handlesOwnErrors, httpErrorInterceptor } from './http-error.interceptor';

const problem: ProblemDetails = {
  type: 'about:blank',
  title: 'Conflict',
  status: 409,
  detail: 'Ky aplikim është dorëzuar tashmë.',
  code: 'application_already_submitted',
};

describe('httpErrorInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let notify: jest.Mock;

  beforeEach(() => {
    notify = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideTranslocoTesting(),
        provideHttpClient(withInterceptors([httpErrorInterceptor])),
        provideHttpClientTesting(),
        { provide: ErrorNotifier, useValue: { notify } },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it("shows the API's translated detail and still fails the caller", () => {
    const failed = jest.fn();
    http.post('/api/applications/1/submit', {}).subscribe({ error: failed });

    backend.expectOne('/api/applications/1/submit').flush(problem, { status: 409, statusText: 'Conflict' });

    expect(notify).toHaveBeenCalledWith('Ky aplikim është dorëzuar tashmë.');
    expect(failed).toHaveBeenCalledWith(expect.objectContaining({ status: 409 }));
  });

  it('says in plain words that the API cannot be reached', () => {
    http.get('/api/calls').subscribe({ error: () => undefined });

    backend.expectOne('/api/calls').error(new ProgressEvent('error'), { status: 0 });

    expect(notify).toHaveBeenCalledWith(
      'Skema nuk arrin të lidhet me serverin. Kontrolloni lidhjen me internetin dhe provoni përsëri.',
    );
  });

  it('stays quiet when the caller shows the failure itself', () => {
    http.get('/api/health', { context: handlesOwnErrors() }).subscribe({ error: () => undefined });

    backend.expectOne('/api/health').flush(problem, { status: 409, statusText: 'Conflict' });

    expect(notify).not.toHaveBeenCalled();
  });

  it('ignores requests outside the API', () => {
    http.get('/i18n/en.json').subscribe({ error: () => undefined });

    backend.expectOne('/i18n/en.json').flush('missing', { status: 404, statusText: 'Not Found' });

    expect(notify).not.toHaveBeenCalled();
  });
});
