import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslocoDirective } from '@jsverse/transloco';
import { FieldError } from '@skema/contracts';

/**
 * What still stands between the draft and a submission, as the API sees it (already in the person's
 * language). Each item is a button that takes the person to the field or section it is about.
 */
@Component({
  selector: 'sk-checklist-panel',
  imports: [MatIcon, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="checklist" aria-labelledby="checklist-title" *transloco="let t; prefix: 'application.checklist'">
      <h2 id="checklist-title" class="sk-section-title">{{ t('title') }}</h2>
      <div role="status" aria-live="polite">
        @let items = checklist();
        @if (items === null) {
          <p>{{ t('loading') }}</p>
        } @else if (items.length === 0) {
          <p class="complete"><mat-icon aria-hidden="true">check_circle</mat-icon>{{ t('complete') }}</p>
        } @else {
          <p>{{ t('missing', { count: items.length }) }}</p>
          <ul class="items">
            @for (item of items; track $index) {
              <li>
                <mat-icon aria-hidden="true">radio_button_unchecked</mat-icon>
                <button type="button" class="item" (click)="go.emit(item.field)">{{ item.message }}</button>
              </li>
            }
          </ul>
        }
      </div>
    </section>
  `,
  styles: `
    .items {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      margin: 6px 0;
    }
    li mat-icon {
      flex: none;
      width: 20px;
      height: 20px;
      font-size: 20px;
      color: var(--mat-sys-error);
    }
    .item {
      padding: 0;
      border: 0;
      background: none;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-body-medium);
      text-align: start;
      text-decoration: underline;
      cursor: pointer;
    }
    .item:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .complete {
      display: flex;
      gap: 8px;
      align-items: center;
      color: var(--sk-success);
    }
  `,
})
export class ChecklistPanelComponent {
  /** null while the API has not answered. */
  readonly checklist = input.required<readonly FieldError[] | null>();
  /** The field the person wants to fix (`budget.lines.0.unit`, `summary`, `attachments.statute`). */
  readonly go = output<string>();
}
