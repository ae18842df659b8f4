import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/** Placeholder: being built for issue 4. */
@Component({
  selector: 'sk-application-page',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'application'">
      <header class="sk-page-header">
        <h1>{{ t('title') }}</h1>
      </header>
    </ng-container>
  `,
})
export class ApplicationPageComponent {}
