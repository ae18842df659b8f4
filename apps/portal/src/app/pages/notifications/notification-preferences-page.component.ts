import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { CurrentUserDto, NotificationKind, NotificationPreferenceDto } from '@skema/contracts';
import { Subject, firstValueFrom, startWith, switchMap, tap } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { LOADING, Loadable, loadable } from '../../shared/data/loadable';
import { ErrorStateComponent } from '../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../shared/loading/loading-indicator.component';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { NotificationsApi } from './notifications-api';

/** Kinds that only some people can ever receive; the rest concern everyone's account. */
const RECEIVED_BY: Partial<Record<NotificationKind, (user: CurrentUserDto) => boolean>> = {
  organisation_registered: (user) => user.permissions.includes('organisation.verify'),
  organisation_verified: (user) => user.organisation !== null,
};

/**
 * Which notifications also come by e-mail. Account and security ones always do (the API refuses to
 * turn them off), so their switches are shown on and locked, with the reason.
 */
@Component({
  selector: 'sk-notification-preferences-page',
  imports: [
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatAnchor,
    MatButton,
    MatCard,
    MatCardContent,
    MatIcon,
    MatSlideToggle,
    NoticeComponent,
    RouterLink,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'notifications'">
      <header class="sk-page-header">
        <h1>{{ t('preferences.title') }}</h1>
        <p>{{ t('preferences.intro') }}</p>
      </header>
      @let current = state();
      @if (current.kind === 'loading') {
        <sk-loading-indicator [label]="t('loading')" />
      } @else if (current.kind === 'failed') {
        <sk-error-state [failure]="current.failure" [title]="t('preferences.failed')" (retry)="reload()" />
      } @else {
        @if (saved()) {
          <sk-notice kind="success"><p>{{ t('preferences.saved') }}</p></sk-notice>
        }
        <mat-card appearance="outlined" class="preferences">
          <mat-card-content>
            <ul role="list">
              @for (preference of relevant(current.value); track preference.kind) {
                <li>
                  <mat-slide-toggle
                    [checked]="wanted()[preference.kind] ?? preference.email"
                    [disabled]="preference.mandatory"
                    (change)="choose(preference.kind, $event.checked)"
                  >
                    {{ t('kinds.' + preference.kind) }}
                  </mat-slide-toggle>
                  @if (preference.mandatory) {
                    <p class="hint">{{ t('preferences.mandatory') }}</p>
                  }
                </li>
              }
            </ul>
            <div class="sk-form__actions">
              <button mat-flat-button type="button" [disabled]="busy()" (click)="save(current.value)">
                {{ t('preferences.save') }}
              </button>
              <a mat-button routerLink="/notifications">
                <mat-icon aria-hidden="true">arrow_back</mat-icon>{{ t('title') }}
              </a>
            </div>
          </mat-card-content>
        </mat-card>
      }
    </ng-container>
  `,
  styles: `
    .preferences {
      max-width: 40rem;
    }
    ul {
      margin: 0 0 8px;
      padding: 0;
      list-style: none;
    }
    li {
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .hint {
      margin: 4px 0 0 52px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class NotificationPreferencesPageComponent {
  private readonly api = inject(NotificationsApi);
  private readonly user = inject(AuthService).user;
  private readonly reloads = new Subject<void>();

  /** The person's choices not yet saved, by kind. */
  protected readonly wanted = signal<Partial<Record<NotificationKind, boolean>>>({});
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);

  protected readonly state = toSignal(
    this.reloads.pipe(
      startWith(undefined),
      switchMap(() => loadable(this.api.preferences())),
      tap(() => this.wanted.set({})),
    ),
    { initialValue: LOADING as Loadable<NotificationPreferenceDto[]> },
  );

  /** A switch for something the person can never receive would only raise questions. */
  protected relevant(preferences: readonly NotificationPreferenceDto[]): NotificationPreferenceDto[] {
    const user = this.user();
    return preferences.filter((preference) => !user || (RECEIVED_BY[preference.kind]?.(user) ?? true));
  }

  protected reload(): void {
    this.reloads.next();
  }

  protected choose(kind: NotificationKind, email: boolean): void {
    this.saved.set(false);
    this.wanted.update((wanted) => ({ ...wanted, [kind]: email }));
  }

  protected async save(current: readonly NotificationPreferenceDto[]): Promise<void> {
    const wanted = this.wanted();
    const changes = current
      .filter((preference) => !preference.mandatory && wanted[preference.kind] !== undefined)
      .map((preference) => ({ kind: preference.kind, email: wanted[preference.kind] as boolean }));
    this.busy.set(true);
    try {
      if (changes.length) await firstValueFrom(this.api.updatePreferences(changes));
      this.saved.set(true);
      this.reload();
    } catch {
      // The snackbar has said why; the switches keep the person's choice for another try.
    } finally {
      this.busy.set(false);
    }
  }
}
