import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideAuthTesting, session, settle } from '../../../testing/auth-testing';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { SignInPageComponent } from './sign-in-page.component';

@Component({ template: 'landed', changeDetection: ChangeDetectionStrategy.OnPush })
class LandingComponent {}

const problem = (code: string, status: number, detail: string) => ({ type: 'about:blank', title: 't', status, detail, code });

describe('SignInPageComponent', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const root = () => harness.routeNativeElement as HTMLElement;
  const input = (id: string) => root().querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
  const type = (id: string, value: string) => {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
  };
  const submit = () => root().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();

  beforeEach(async () => {
    window.localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideAuthTesting(false).providers,
        provideTranslocoTesting(),
        provideNoopAnimations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'sign-in', component: SignInPageComponent },
            { path: '**', component: LandingComponent },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.match(() => true).forEach((request) => request.flush({})));

  async function answer(body: object, status = 200): Promise<void> {
    const request = backend.expectOne('/api/auth/sign-in');
    if (status === 200) request.flush(body);
    else request.flush(body, { status, statusText: 'x' });
    await settle();
    await harness.fixture.whenStable();
  }

  it('validates as the person types and sends nothing while the form is wrong', async () => {
    await harness.navigateByUrl('/sign-in');
    type('sign-in-email', 'anila');
    input('sign-in-email').dispatchEvent(new Event('blur'));
    submit();
    await harness.fixture.whenStable();

    expect(root().textContent).toContain('Shkruani një adresë e-maili si emri@shembull.org.');
    expect(root().textContent).toContain('Kjo fushë është e detyrueshme.');
    backend.expectNone('/api/auth/sign-in');
  });

  it('asks for the code when the account has a second factor, then signs in and goes back', async () => {
    await harness.navigateByUrl('/sign-in?returnUrl=%2Fadmin%2Faudit');
    type('sign-in-email', 'admin@skema.test');
    type('sign-in-password', 'Skema-Demo-2026!');
    submit();
    await answer(problem('second_factor_required', 401, 'Shkruani kodin.'), 401);

    expect(input('sign-in-otp')).not.toBeNull();
    expect(root().textContent).toContain('Llogaria juaj përdor vërtetimin me dy hapa.');

    type('sign-in-otp', '123 456');
    submit();
    const request = backend.expectOne('/api/auth/sign-in');
    expect(request.request.body).toEqual({ email: 'admin@skema.test', password: 'Skema-Demo-2026!', otp: '123456' });
    request.flush(session('t', { roles: ['admin'], twoFactorRequired: true, twoFactorEnabled: true }));
    await settle();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/admin/audit');
  });

  it('puts a wrong code under the code field', async () => {
    await harness.navigateByUrl('/sign-in');
    type('sign-in-email', 'pm@skema.test');
    type('sign-in-password', 'Skema-Demo-2026!');
    submit();
    await answer(problem('second_factor_required', 401, 'Shkruani kodin.'), 401);
    type('sign-in-otp', '000000');
    submit();
    await answer(problem('second_factor_invalid', 401, 'Kodi nuk është i saktë ose ka skaduar.'), 401);

    expect(root().querySelector('mat-error')?.textContent).toContain('Kodi nuk është i saktë ose ka skaduar.');
  });

  it("shows the API's reason for a refused password, in the page's language", async () => {
    await harness.navigateByUrl('/sign-in');
    type('sign-in-email', 'anila@shpresa.org');
    type('sign-in-password', 'wrong');
    submit();
    await answer(problem('invalid_credentials', 401, 'E-maili ose fjalëkalimi nuk është i saktë.'), 401);

    expect(root().querySelector('[role="alert"]')?.textContent).toContain('E-maili ose fjalëkalimi nuk është i saktë.');
    expect(TestBed.inject(Router).url).toBe('/sign-in');
  });

  it('never follows a return address outside the portal', async () => {
    await harness.navigateByUrl('/sign-in?returnUrl=https%3A%2F%2Fevil.example');
    type('sign-in-email', 'anila@shpresa.org');
    type('sign-in-password', 'Lumi i Drinit te Bardhe 7');
    submit();
    await answer(session());

    expect(TestBed.inject(Router).url).toBe('/organisation');
  });
});
