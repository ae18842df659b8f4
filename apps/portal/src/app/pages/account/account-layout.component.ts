import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { AuthService } from '../../core/auth/auth.service';
import { NoticeComponent } from '../../shared/notice/notice.component';

/** The account's two pages under one heading, as tabs that are real links (each has its own address). */
@Component({
  selector: 'sk-account-layout',
  imports: [MatTabLink, MatTabNav, MatTabNavPanel, NoticeComponent, RouterLink, RouterLinkActive, RouterOutlet, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'account'">
      <header class="sk-page-header">
        <h1>{{ t('title') }}</h1>
      </header>
      @if (needsSecondFactor()) {
        <sk-notice kind="warning"><p>{{ t('security.required') }}</p></sk-notice>
      }
      <nav mat-tab-nav-bar [tabPanel]="panel" [attr.aria-label]="t('title')">
        <a
          mat-tab-link
          routerLink="/account"
          routerLinkActive
          #profile="routerLinkActive"
          [routerLinkActiveOptions]="{ exact: true }"
          [active]="profile.isActive"
        >
          {{ t('profile.title') }}
        </a>
        <a mat-tab-link routerLink="/account/security" routerLinkActive #security="routerLinkActive" [active]="security.isActive">
          {{ t('security.title') }}
        </a>
      </nav>
      <mat-tab-nav-panel #panel class="account-panel">
        <router-outlet />
      </mat-tab-nav-panel>
    </ng-container>
  `,
  styles: `
    .account-panel {
      display: block;
      max-width: 48rem;
      padding-top: 24px;
    }
  `,
})
export class AccountLayoutComponent {
  protected readonly needsSecondFactor = inject(AuthService).needsSecondFactorSetup;
}
