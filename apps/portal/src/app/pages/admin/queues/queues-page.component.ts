import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DOCUMENT, inject, signal } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { API_PREFIX } from '../../../core/http/api-url';
import { NoticeComponent } from '../../../shared/notice/notice.component';

export const QUEUE_DASHBOARD_URL = `${API_PREFIX}/admin/queues`;

/**
 * The job queues' dashboard (bull-board) is served by the API, outside the portal. The API lets this
 * browser in with a short-lived cookie first, so the dashboard opens in a new tab.
 */
@Component({
  selector: 'sk-queues-page',
  imports: [MatAnchor, MatButton, MatCard, MatCardContent, MatIcon, NoticeComponent, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'admin.queues'">
      <header class="sk-page-header">
        <h1>{{ t('title') }}</h1>
        <p>{{ t('intro') }}</p>
      </header>
      <mat-card appearance="outlined" class="queues">
        <mat-card-content>
          <p>{{ t('explain') }}</p>
          @if (blocked()) {
            <sk-notice kind="info">
              <p>{{ t('blocked') }}</p>
            </sk-notice>
            <a mat-flat-button target="_blank" rel="noopener" [href]="dashboardUrl">
              <mat-icon aria-hidden="true">open_in_new</mat-icon>{{ t('openHere') }}
            </a>
          } @else {
            <button mat-flat-button type="button" [disabled]="busy()" (click)="open()">
              <mat-icon aria-hidden="true">open_in_new</mat-icon>{{ t('open') }}
              <span class="sk-visually-hidden">{{ t('newTab') }}</span>
            </button>
          }
        </mat-card-content>
      </mat-card>
    </ng-container>
  `,
  styles: `
    .queues {
      max-width: 40rem;
    }
  `,
})
export class QueuesPageComponent {
  private readonly http = inject(HttpClient);
  private readonly window = inject(DOCUMENT).defaultView;

  protected readonly dashboardUrl = QUEUE_DASHBOARD_URL;
  protected readonly busy = signal(false);
  /** The browser refused the new tab: offer a plain link, which always works on a click. */
  protected readonly blocked = signal(false);

  protected async open(): Promise<void> {
    // Opened now, while the click still counts as the person's: a tab opened after the request
    // returns would be taken for a pop-up and blocked.
    const tab = this.window?.open('', '_blank') ?? null;
    this.busy.set(true);
    try {
      await firstValueFrom(this.http.post<void>(`${API_PREFIX}/admin/queue-dashboard/session`, null));
      if (tab) {
        tab.opener = null;
        tab.location.href = QUEUE_DASHBOARD_URL;
      } else {
        this.blocked.set(true);
      }
    } catch {
      tab?.close();
    } finally {
      this.busy.set(false);
    }
  }
}
