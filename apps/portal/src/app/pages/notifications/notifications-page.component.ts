import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatIcon } from '@angular/material/icon';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { NotificationDto, PAGE_SIZE_DEFAULT, Page } from '@skema/contracts';
import { Subject, combineLatest, firstValueFrom, startWith, switchMap } from 'rxjs';
import { LanguageService } from '../../core/i18n/language.service';
import { UnreadNotifications } from '../../core/notifications/unread-notifications.service';
import { LOADING, Loadable, loadable } from '../../shared/data/loadable';
import { EmptyStateComponent } from '../../shared/empty-state/empty-state.component';
import { ErrorStateComponent } from '../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../shared/loading/loading-indicator.component';
import { PaginatorIntlService } from '../../shared/table/paginator-intl.service';
import { SkDatePipe } from '../../shared/pipes/date.pipe';
import { NotificationQuery, NotificationsApi } from './notifications-api';

/**
 * Everything Skema told the person, newest first. Opening one marks it read; so does its own button,
 * for the ones that lead nowhere.
 */
@Component({
  selector: 'sk-notifications-page',
  imports: [
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatAnchor,
    MatButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatIcon,
    MatPaginator,
    RouterLink,
    SkDatePipe,
    TranslocoDirective,
  ],
  providers: [PaginatorIntlService.provider],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notifications-page.component.html',
  styleUrl: './notifications-page.component.scss',
})
export class NotificationsPageComponent {
  private readonly api = inject(NotificationsApi);
  private readonly unread = inject(UnreadNotifications);
  private readonly router = inject(Router);

  protected readonly query = signal<NotificationQuery>({ page: 1, pageSize: PAGE_SIZE_DEFAULT, unreadOnly: false });
  private readonly reloads = new Subject<void>();
  protected readonly busy = signal(false);

  // The texts come translated from the API, so a language switch asks for them again.
  protected readonly state = toSignal(
    combineLatest([
      toObservable(this.query),
      toObservable(inject(LanguageService).language),
      this.reloads.pipe(startWith(undefined)),
    ]).pipe(switchMap(([query]) => loadable(this.api.list(query)))),
    { initialValue: LOADING as Loadable<Page<NotificationDto>> },
  );
  protected readonly hasUnread = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' && state.value.items.some((item) => item.readAt === null);
  });

  protected showUnreadOnly(unreadOnly: boolean): void {
    this.query.update((query) => ({ ...query, unreadOnly, page: 1 }));
  }

  protected changePage(event: PageEvent): void {
    this.query.update((query) => ({ ...query, page: event.pageIndex + 1, pageSize: event.pageSize }));
  }

  protected reload(): void {
    this.reloads.next();
  }

  protected async open(notification: NotificationDto): Promise<void> {
    if (notification.readAt === null) await this.markRead(notification);
    if (notification.link) await this.router.navigateByUrl(notification.link);
  }

  protected async markRead(notification: NotificationDto): Promise<void> {
    await this.act(() => firstValueFrom(this.api.markRead(notification.id)));
  }

  protected async markAllRead(): Promise<void> {
    await this.act(() => firstValueFrom(this.api.markAllRead()));
  }

  private async act(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    try {
      await action();
      this.unread.refresh();
      this.reload();
    } catch {
      // The snackbar has told the person; nothing changed.
    } finally {
      this.busy.set(false);
    }
  }
}
