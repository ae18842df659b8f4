import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIconAnchor } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { UnreadNotifications } from '../notifications/unread-notifications.service';

/** More than this shows as "99+": the badge must stay a badge. */
const BADGE_MAX = 99;

/**
 * The bell in the toolbar. Its accessible name carries the count ("Notifications, 3 unread"), so the
 * visual badge is hidden from screen readers rather than read twice.
 */
@Component({
  selector: 'sk-notification-bell',
  imports: [MatIcon, MatIconAnchor, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a
      *transloco="let t"
      mat-icon-button
      class="sk-bell"
      routerLink="/notifications"
      [attr.aria-label]="count() ? t('bell.unread', { count: count() }) : t('bell.none')"
    >
      <mat-icon aria-hidden="true">{{ count() ? 'notifications_active' : 'notifications' }}</mat-icon>
      @if (count()) {
        <span class="sk-bell__badge" aria-hidden="true" data-testid="unread-count">{{ badge() }}</span>
      }
    </a>
  `,
  styles: `
    .sk-bell {
      position: relative;
    }
    .sk-bell__badge {
      position: absolute;
      top: 2px;
      right: 0;
      min-width: 18px;
      height: 18px;
      padding: 0 4px;
      box-sizing: border-box;
      border-radius: 9px;
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
      font: var(--mat-sys-label-small);
      font-weight: 700;
      line-height: 18px;
      text-align: center;
    }
  `,
})
export class NotificationBellComponent {
  protected readonly count = inject(UnreadNotifications).count;
  protected readonly badge = computed(() => (this.count() > BADGE_MAX ? `${BADGE_MAX}+` : String(this.count())));
}
