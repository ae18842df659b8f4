import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { CurrentUserDto, Permission } from '@skema/contracts';
import { user } from '../../../testing/auth-testing';
import { accountGuard, guestGuard, permissionGuard, signedInGuard } from './auth.guards';
import { AuthService } from './auth.service';

@Component({ template: 'page', changeDetection: ChangeDetectionStrategy.OnPush })
class PageComponent {}

describe('auth guards', () => {
  let current: ReturnType<typeof signal<CurrentUserDto | null>>;
  let router: Router;

  beforeEach(() => {
    current = signal<CurrentUserDto | null>(null);
    const auth = {
      whenReady: () => Promise.resolve(),
      user: current,
      isSignedIn: () => current() !== null,
      can: (permission: Permission) => current()?.permissions.includes(permission) ?? false,
      needsSecondFactorSetup: () => {
        const person = current();
        return !!person && person.twoFactorRequired && !person.twoFactorEnabled;
      },
    };
    TestBed.configureTestingModule({
      providers: [
        { provide: AuthService, useValue: auth },
        provideRouter([
          { path: 'sign-in', canMatch: [guestGuard], component: PageComponent },
          { path: 'account', canMatch: [accountGuard], component: PageComponent },
          { path: 'notifications', canMatch: [signedInGuard], component: PageComponent },
          { path: 'admin/users', canMatch: [permissionGuard('users.read')], component: PageComponent },
          { path: '**', component: PageComponent },
        ]),
      ],
    });
    router = TestBed.inject(Router);
  });

  async function visit(url: string): Promise<string> {
    await router.navigateByUrl(url);
    return router.url;
  }

  it('sends a visitor to sign in, remembering where they were going', async () => {
    expect(await visit('/admin/users?q=anila')).toBe('/sign-in?returnUrl=%2Fadmin%2Fusers%3Fq%3Danila');
  });

  it('lets a signed-in person in', async () => {
    current.set(user());
    expect(await visit('/notifications')).toBe('/notifications');
  });

  it('tells a person without the permission that they may not, rather than failing later', async () => {
    current.set(user({ roles: ['applicant'] }));
    expect(await visit('/admin/users')).toBe('/forbidden');
  });

  it('opens a page to a person who holds its permission', async () => {
    current.set(user({ roles: ['admin'], twoFactorRequired: true, twoFactorEnabled: true }));
    expect(await visit('/admin/users')).toBe('/admin/users');
  });

  it('keeps staff on the security page until their second factor is on', async () => {
    current.set(user({ roles: ['admin'], twoFactorRequired: true, twoFactorEnabled: false }));
    expect(await visit('/admin/users')).toBe('/account/security');
    expect(await visit('/account')).toBe('/account');
  });

  it('sends a signed-in person away from the sign-in page to where they would land', async () => {
    current.set(user({ roles: ['admin'], twoFactorRequired: true, twoFactorEnabled: true }));
    expect(await visit('/sign-in')).toBe('/admin/users');
  });

  it('shows the sign-in page to a visitor', async () => {
    expect(await visit('/sign-in')).toBe('/sign-in');
  });
});
