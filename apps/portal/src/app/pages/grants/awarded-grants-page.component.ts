import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { EmptyStateComponent } from '../../shared/empty-state/empty-state.component';

/** The public list of awards, for transparency. Empty until awards exist in the API. */
@Component({
  selector: 'sk-awarded-grants-page',
  imports: [EmptyStateComponent, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'grants'">
      <header class="sk-page-header">
        <h1>{{ t('title') }}</h1>
        <p>{{ t('intro') }}</p>
      </header>
      <sk-empty-state icon="volunteer_activism" [title]="t('emptyTitle')" [message]="t('emptyText')" />
    </ng-container>
  `,
})
export class AwardedGrantsPageComponent {}
