import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { EmptyStateComponent } from '../../shared/empty-state/empty-state.component';

/** Where a signed-in person lands when a link leads to a page their roles do not open. */
@Component({
  selector: 'sk-forbidden-page',
  imports: [EmptyStateComponent, MatAnchor, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sk-empty-state
      *transloco="let t"
      icon="lock"
      [headingLevel]="1"
      [title]="t('forbidden.title')"
      [message]="t('forbidden.text')"
    >
      <a mat-flat-button routerLink="/">{{ t('common.backHome') }}</a>
    </sk-empty-state>
  `,
})
export class ForbiddenPageComponent {}
