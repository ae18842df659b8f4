import { BreakpointObserver, BreakpointState } from '@angular/cdk/layout';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { BehaviorSubject, map } from 'rxjs';
import { provideAuthTesting, session, settle } from '../../../testing/auth-testing';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { AuthService } from '../auth/auth.service';
import { ShellComponent } from './shell.component';

@Component({ template: '<h1>Page</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankPageComponent {}

describe('ShellComponent', () => {
  let fixture: ComponentFixture<ShellComponent>;
  let backend: HttpTestingController;
  let compact: BehaviorSubject<boolean>;

  const element = () => fixture.nativeElement as HTMLElement;
  const navLinks = () => Array.from(element().querySelectorAll<HTMLAnchorElement>('nav a'));

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(ShellComponent);
    backend = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
  }

  beforeEach(() => {
    window.localStorage.clear();
    compact = new BehaviorSubject(false);
    TestBed.configureTestingModule({
      providers: [
        provideAuthTesting(false).providers,
        provideTranslocoTesting(),
        provideRouter([{ path: '**', component: BlankPageComponent }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: BreakpointObserver,
          useValue: {
            observe: () => compact.pipe(map((matches) => ({ matches, breakpoints: {} }) as BreakpointState)),
          },
        },
      ],
    });
  });

  it('lays the page out in landmarks with a skip link first', async () => {
    await render();

    const first = element().querySelector('a');
    expect(first?.textContent?.trim()).toBe('Kalo te përmbajtja kryesore');
    expect(element().querySelector('header mat-toolbar')).not.toBeNull();
    expect(element().querySelector('nav')?.getAttribute('aria-label')).toBe('Navigimi kryesor');
    expect(element().querySelector('main#main-content')).not.toBeNull();
    expect(element().querySelector('footer')?.textContent).toContain('Financuar nga Bashkimi Evropian');
  });

  it('links to the public pages in Albanian by default', async () => {
    await render();

    expect(navLinks().map((link) => link.querySelector('span')?.textContent?.trim())).toEqual([
      'Kreu',
      'Thirrje të hapura',
      'Grante të dhëna',
      'Gjendja e sistemit',
    ]);
  });

  it('marks the link of the current page for screen readers', async () => {
    await render();

    await TestBed.inject(Router).navigateByUrl('/calls');
    await fixture.whenStable();

    const current = navLinks().filter((link) => link.getAttribute('aria-current') === 'page');
    expect(current.map((link) => link.getAttribute('href'))).toEqual(['/calls']);
  });

  it('switches every string and <html lang> to English', async () => {
    await render();

    const english = element().querySelector<HTMLButtonElement>('.sk-language-switch button[lang="en"]');
    expect(english?.textContent?.trim()).toBe('English');
    english?.click();
    await fixture.whenStable();

    expect(navLinks()[1].textContent).toContain('Open calls');
    expect(element().querySelector('footer')?.textContent).toContain('Funded by the European Union');
    expect(document.documentElement.lang).toBe('en');
    expect(element().querySelector('.sk-language-switch')?.getAttribute('aria-label')).toBe('Choose language');
    expect(english?.getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps the navigation open on wide screens, with no menu button', async () => {
    await render();

    expect(element().querySelector('.sk-menu-button')).toBeNull();
    expect(element().querySelector('mat-sidenav')?.classList).toContain('mat-drawer-opened');
  });

  it('hides the navigation behind a menu button on phones', async () => {
    compact.next(true);
    await render();
    const menu = element().querySelector<HTMLButtonElement>('.sk-menu-button');

    expect(menu?.getAttribute('aria-label')).toBe('Hap menynë e navigimit');
    expect(menu?.getAttribute('aria-expanded')).toBe('false');

    menu?.click();
    await fixture.whenStable();

    expect(menu?.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows the API version in the footer, or says it is unknown', async () => {
    await render();
    const footer = () => element().querySelector('footer')?.textContent;

    backend.expectOne('/api/info').flush({ name: 'Skema', version: '1.4.0', environment: 'test', regions: [] });
    await fixture.whenStable();
    expect(footer()).toContain('Versioni i API-së: 1.4.0');

    fixture.destroy();
    await render();
    backend.expectOne('/api/info').error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();
    expect(footer()).toContain('Versioni i API-së: i panjohur');
  });

  it('offers a visitor sign-in and registration, once it knows nobody is signed in', async () => {
    await render();
    expect(element().querySelector('.sk-sign-in')).toBeNull();

    await TestBed.inject(AuthService).start();
    await fixture.whenStable();

    const labels = navLinks().map((link) => link.textContent?.trim());
    expect(labels).toEqual(expect.arrayContaining([expect.stringContaining('Hyr'), expect.stringContaining('Regjistroni')]));
    expect(element().querySelector('.sk-sign-in')?.textContent?.trim()).toBe('Hyr');
    expect(element().querySelector('sk-notification-bell')).toBeNull();
  });

  it('shows a signed-in administrator the administration, the bell and their account menu', async () => {
    await render();
    const signedIn = TestBed.inject(AuthService).signIn({ email: 'admin@skema.test', password: 'x', otp: '123456' });
    backend
      .expectOne('/api/auth/sign-in')
      .flush(session('t', { roles: ['admin'], displayName: 'Arben Hoxha', twoFactorRequired: true, twoFactorEnabled: true }));
    await signedIn;
    await fixture.whenStable();
    await settle();
    backend.match('/api/notifications/unread-count').forEach((request) => request.flush({ count: 3 }));
    await fixture.whenStable();

    const labels = navLinks().map((link) => link.textContent?.trim());
    expect(labels).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Përdoruesit dhe ftesat'),
        expect.stringContaining('Regjistri i auditimit'),
        expect.stringContaining('Radhët e punëve'),
      ]),
    );
    expect(labels).not.toEqual(expect.arrayContaining([expect.stringContaining('Organizata juaj')]));
    expect(element().querySelector('.sk-bell')?.getAttribute('aria-label')).toBe('Njoftimet, 3 të palexuara');
    const menu = element().querySelector<HTMLButtonElement>('.sk-account__trigger');
    expect(menu?.getAttribute('aria-label')).toBe('Menyja e llogarisë së Arben Hoxha');
    expect(menu?.getAttribute('aria-expanded')).toBe('false');

    menu?.click();
    await fixture.whenStable();
    expect(menu?.getAttribute('aria-expanded')).toBe('true');
    expect(element().querySelector('#sk-account-panel')?.textContent).toContain('Dil');
  });
});
