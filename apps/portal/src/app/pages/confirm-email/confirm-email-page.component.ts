import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { Subject, combineLatest, of, startWith, switchMap } from 'rxjs';
import { AccountLinksApi } from '../../core/auth/account-links-api';
import { LOADING, Loadable, loadable } from '../../shared/data/loadable';
import { ErrorStateComponent } from '../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../shared/loading/loading-indicator.component';
import { NoticeComponent } from '../../shared/notice/notice.component';

/**
 * Opened from the confirmation e-mail: the token is spent at once, without asking for a click, since
 * opening the link is the person's confirmation. (Mail scanners that prefetch links get only the
 * static page: the token goes to the API from the script.)
 */
@Component({
  selector: 'sk-confirm-email-page',
  imports: [ErrorStateComponent, LoadingIndicatorComponent, MatAnchor, NoticeComponent, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sk-auth-page" *transloco="let t; prefix: 'confirmEmail'">
      <header class="sk-page-header">
        <h1>{{ t('title') }}</h1>
      </header>
      @let state = outcome();
      @if (!hasToken()) {
        <sk-notice kind="error"><p>{{ t('missingToken') }}</p></sk-notice>
      } @else if (state.kind === 'loading') {
        <sk-loading-indicator [label]="t('checking')" />
      } @else if (state.kind === 'failed') {
        @if (state.failure.kind === 'problem') {
          <sk-notice kind="error">
            <p>{{ state.failure.problem.detail }}</p>
            <p>{{ t('failedNext') }}</p>
          </sk-notice>
          <a mat-stroked-button routerLink="/sign-in">{{ t('signIn') }}</a>
        } @else {
          <sk-error-state [failure]="state.failure" [title]="t('failedTitle')" (retry)="retry()" />
        }
      } @else {
        <sk-notice kind="success"><p>{{ t('done') }}</p></sk-notice>
        <a mat-flat-button routerLink="/sign-in" [queryParams]="{ notice: 'confirmed' }">{{ t('signIn') }}</a>
      }
    </div>
  `,
})
export class ConfirmEmailPageComponent {
  private readonly api = inject(AccountLinksApi);

  /** From `?token=`, bound by the router. */
  readonly token = input<string>();
  protected readonly hasToken = computed(() => !!this.token());

  private readonly retries = new Subject<void>();
  protected readonly outcome = toSignal(
    combineLatest([toObservable(this.token), this.retries.pipe(startWith(undefined))]).pipe(
      switchMap(([token]) => (token ? loadable(this.api.confirmEmail(token)) : of<Loadable<void>>(LOADING))),
    ),
    { initialValue: LOADING },
  );

  protected retry(): void {
    this.retries.next();
  }
}
