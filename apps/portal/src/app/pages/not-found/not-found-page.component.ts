import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { EmptyStateComponent } from '../../shared/empty-state/empty-state.component';

@Component({
  selector: 'sk-not-found-page',
  imports: [EmptyStateComponent, MatAnchor, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sk-empty-state
      *transloco="let t"
      icon="search_off"
      [headingLevel]="1"
      [title]="t('notFound.title')"
      [message]="t('notFound.text')"
    >
      <a mat-flat-button routerLink="/">{{ t('common.backHome') }}</a>
    </sk-empty-state>
  `,
})
export class NotFoundPageComponent {}
