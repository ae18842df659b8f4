import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { EmptyStateComponent } from '../../shared/empty-state/empty-state.component';

/** Where "Register your organisation" leads until registration ships with sign-in: no form to fake. */
@Component({
  selector: 'sk-register-page',
  imports: [EmptyStateComponent, MatAnchor, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <header class="sk-page-header">
        <h1>{{ t('register.title') }}</h1>
      </header>
      <sk-empty-state icon="how_to_reg" [title]="t('register.emptyTitle')" [message]="t('register.emptyText')">
        <a mat-flat-button routerLink="/">{{ t('common.backHome') }}</a>
        <a mat-stroked-button routerLink="/calls">{{ t('home.ctaCalls') }}</a>
      </sk-empty-state>
    </ng-container>
  `,
})
export class RegisterPageComponent {}
