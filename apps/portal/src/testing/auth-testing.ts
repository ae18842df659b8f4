import { EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { CurrentUserDto, Permission, Role, SessionDto, permissionsOf } from '@skema/contracts';
import { Subject } from 'rxjs';
import { AUTH_CHANNEL, REFRESH_LOCK, SESSION_HINT, SessionHint, USER_ACTIVITY } from '../app/core/auth/session-signals';

export function user(overrides: Partial<CurrentUserDto> & { roles?: Role[] } = {}): CurrentUserDto {
  const roles = overrides.roles ?? ['applicant'];
  return {
    id: 'u-1',
    email: 'anila@example.org',
    displayName: 'Anila Meta',
    locale: 'sq',
    permissions: permissionsOf(roles) as Permission[],
    organisation: roles.includes('applicant') ? { id: 'o-1', legalName: 'Shoqata Shpresa', verified: false } : null,
    twoFactorEnabled: false,
    twoFactorRequired: false,
    ...overrides,
    roles,
  };
}

export function session(token = 'token-1', overrides: Partial<CurrentUserDto> = {}, ttlMs = 15 * 60_000): SessionDto {
  return { accessToken: token, expiresAt: new Date(Date.now() + ttlMs).toISOString(), user: user(overrides) };
}

/** Stand-ins for the browser signals the session depends on, each observable from a spec. */
export interface AuthTestDoubles {
  readonly activity: Subject<void>;
  readonly hint: SessionHint & { value: boolean };
  readonly channel: { postMessage: jest.Mock; onmessage: ((event: MessageEvent) => void) | null };
}

export function provideAuthTesting(signedInBefore = true): { providers: EnvironmentProviders; doubles: AuthTestDoubles } {
  const doubles: AuthTestDoubles = {
    activity: new Subject<void>(),
    hint: {
      value: signedInBefore,
      maybeSignedIn() {
        return this.value;
      },
      remember(signedIn: boolean) {
        this.value = signedIn;
      },
    },
    channel: { postMessage: jest.fn(), onmessage: null },
  };
  return {
    doubles,
    providers: makeEnvironmentProviders([
      { provide: USER_ACTIVITY, useValue: doubles.activity },
      { provide: REFRESH_LOCK, useValue: <T>(task: () => Promise<T>) => task() },
      { provide: SESSION_HINT, useValue: doubles.hint },
      { provide: AUTH_CHANNEL, useValue: doubles.channel },
    ]),
  };
}

/** Lets promise chains (firstValueFrom, async guards) run to their next pause. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
