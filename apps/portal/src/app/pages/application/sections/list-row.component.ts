import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatTooltip } from '@angular/material/tooltip';

/**
 * One row of a section's list (an activity, an indicator, a budget line): a fieldset whose legend
 * names it ("Indicator 2"), its fields, and a remove button that says what it removes.
 */
@Component({
  selector: 'sk-list-row',
  imports: [MatIcon, MatIconButton, MatTooltip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="list-row">
      <legend class="list-row__legend">{{ legend() }}</legend>
      @if (removable()) {
        <button
          mat-icon-button
          type="button"
          class="list-row__remove"
          [attr.aria-label]="removeLabel()"
          [matTooltip]="removeLabel()"
          (click)="remove.emit()"
        >
          <mat-icon aria-hidden="true">delete</mat-icon>
        </button>
      }
      <div class="list-row__fields"><ng-content /></div>
    </fieldset>
  `,
  styles: `
    .list-row {
      position: relative;
      margin: 0;
      padding: 12px 16px 4px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .list-row__legend {
      padding: 0 4px;
      font: var(--mat-sys-title-small);
    }
    .list-row__remove {
      position: absolute;
      top: 0;
      right: 4px;
    }
    .list-row__fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
      gap: 4px 16px;
      padding-top: 16px;
    }
    .list-row__fields ::ng-deep .list-row__wide {
      grid-column: 1 / -1;
    }
  `,
})
export class ListRowComponent {
  readonly legend = input.required<string>();
  readonly removeLabel = input.required<string>();
  readonly removable = input(true);
  readonly remove = output<void>();
}
