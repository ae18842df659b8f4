import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { EmptyStateComponent } from '../../shared/empty-state/empty-state.component';

/** Published calls for proposals. The API has no calls endpoint yet, so the honest state is empty. */
@Component({
  selector: 'sk-open-calls-page',
  imports: [EmptyStateComponent, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'calls'">
      <header class="sk-page-header">
        <h1>{{ t('title') }}</h1>
        <p>{{ t('intro') }}</p>
      </header>
      <sk-empty-state icon="campaign" [title]="t('emptyTitle')" [message]="t('emptyText')" />
    </ng-container>
  `,
})
export class OpenCallsPageComponent {}
