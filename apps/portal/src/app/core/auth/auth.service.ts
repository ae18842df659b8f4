import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { CurrentUserDto, Permission, SessionDto, SignInRequest } from '@skema/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthApi } from './auth-api';
import { AUTH_CHANNEL, REFRESH_LOCK, SESSION_HINT, USER_ACTIVITY } from './session-signals';

/** Refresh this long before the access token expires, so a request in flight never carries a dead one. */
export const REFRESH_LEAD_MS = 60_000;
/** Never schedule refreshes closer than this, whatever the clocks say. */
const MIN_REFRESH_DELAY_MS = 5_000;

interface Session {
  readonly accessToken: string;
  readonly expiresAt: number;
  readonly user: CurrentUserDto;
}

/** Why the person is no longer signed in, when it was not their own choice. */
export type SessionEnd = 'expired' | null;

/**
 * Who is signed in, and the access token for the API. The token lives in memory only: a reload gets
 * a new one from the refresh cookie (HttpOnly, so no script can read it), which is also how sessions
 * survive across tabs.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly hint = inject(SESSION_HINT);
  private readonly lock = inject(REFRESH_LOCK);
  private readonly channel = inject(AUTH_CHANNEL);

  /** `undefined` until the start-up refresh has answered: guards wait for it. */
  private readonly session = signal<Session | null | undefined>(undefined);
  private readonly ended = signal<SessionEnd>(null);

  readonly ready = computed(() => this.session() !== undefined);
  readonly user = computed(() => this.session()?.user ?? null);
  readonly isSignedIn = computed(() => this.user() !== null);
  readonly permissions = computed<ReadonlySet<Permission>>(() => new Set(this.user()?.permissions ?? []));
  /** Staff whose role requires a second factor may do nothing else until it is on (the API says 403). */
  readonly needsSecondFactorSetup = computed(() => {
    const user = this.user();
    return user !== null && user.twoFactorRequired && !user.twoFactorEnabled;
  });
  readonly sessionEnd = this.ended.asReadonly();

  private refreshing: Promise<string | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The person did something since the current token was issued: worth keeping the session alive. */
  private activeSinceIssue = false;
  /** The token is due for refresh but the person was idle: refresh on their next action. */
  private refreshDue = false;
  private readonly readyWaiters: (() => void)[] = [];

  constructor() {
    inject(USER_ACTIVITY)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.onActivity());
    if (this.channel) {
      this.channel.onmessage = (event: MessageEvent) => {
        if (event.data === 'signed-out' && this.isSignedIn()) this.endSession(null);
      };
    }
  }

  /** Start-up: resume the session the refresh cookie may still hold. */
  async start(): Promise<void> {
    if (this.session() !== undefined) return;
    if (this.hint.maybeSignedIn()) await this.refresh();
    if (this.session() === undefined) this.setSession(null);
  }

  whenReady(): Promise<void> {
    if (this.ready()) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  accessToken(): string | null {
    return this.session()?.accessToken ?? null;
  }

  can(permission: Permission): boolean {
    return this.permissions().has(permission);
  }

  /** Fails with the API's problem details (wrong password, code needed…) for the form to show. */
  async signIn(request: SignInRequest): Promise<CurrentUserDto> {
    const session = await firstValueFrom(this.api.signIn(request));
    this.establish(session);
    return session.user;
  }

  /**
   * A new access token from the refresh cookie, or `null` when the session has ended. Concurrent
   * callers (several requests failing with 401 at once) share one refresh.
   */
  refresh(): Promise<string | null> {
    this.refreshing ??= this.refreshOnce().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** After a change the API reflects in `me` (second factor turned on, profile edited). */
  async reloadUser(): Promise<void> {
    const user = await firstValueFrom(this.api.me());
    const session = this.session();
    if (session) this.session.set({ ...session, user });
  }

  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.api.signOut());
    } catch {
      // The device is signed out here whatever the API says; the server session ends by itself.
    }
    this.channel?.postMessage('signed-out');
    this.endSession(null, false);
    await this.router.navigateByUrl('/');
  }

  private async refreshOnce(): Promise<string | null> {
    try {
      const session = await this.lock(() => firstValueFrom(this.api.refresh()));
      this.establish(session);
      return session.accessToken;
    } catch (error: unknown) {
      // Offline or the API down: the session may well be alive, so keep what we have and try later.
      const unreachable = error instanceof HttpErrorResponse && (error.status === 0 || error.status >= 500);
      if (unreachable && this.session()) return null;
      if (this.session()) {
        this.endSession('expired');
      } else {
        // No session at start-up: stop asking on every visit, unless we simply could not ask.
        if (!unreachable) this.hint.remember(false);
        this.setSession(null);
      }
      return null;
    }
  }

  private establish(session: SessionDto): void {
    this.ended.set(null);
    this.setSession({
      accessToken: session.accessToken,
      expiresAt: Date.parse(session.expiresAt),
      user: session.user,
    });
    this.hint.remember(true);
    this.activeSinceIssue = false;
    this.refreshDue = false;
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const session = this.session();
    if (!session) return;
    const delay = Math.max(session.expiresAt - Date.now() - REFRESH_LEAD_MS, MIN_REFRESH_DELAY_MS);
    this.timer = setTimeout(() => this.onTokenDue(), delay);
  }

  private onTokenDue(): void {
    if (this.activeSinceIssue) void this.refresh();
    else this.refreshDue = true;
  }

  private onActivity(): void {
    this.activeSinceIssue = true;
    if (this.refreshDue && this.session()) {
      this.refreshDue = false;
      void this.refresh();
    }
  }

  /** Forgets everything about the person; pages that need a session send them to sign in. */
  private endSession(reason: SessionEnd, revalidate = true): void {
    clearTimeout(this.timer);
    this.refreshDue = false;
    this.hint.remember(false);
    this.ended.set(reason);
    this.setSession(null);
    // Guards run again on the current address, so a protected page gives way to the sign-in page.
    if (revalidate) void this.router.navigateByUrl(this.router.url, { onSameUrlNavigation: 'reload' });
  }

  private setSession(session: Session | null): void {
    this.session.set(session);
    this.readyWaiters.splice(0).forEach((resolve) => resolve());
  }
}
