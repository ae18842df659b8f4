import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/** Placeholder: being built for issue 4. */
@Component({
  selector: 'sk-call-editor-page',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'callManagement'">
      <header class="sk-page-header">
        <h1>{{ t('title') }}</h1>
      </header>
    </ng-container>
  `,
})
export class CallEditorPageComponent {}
