import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';

/** "Add an indicator", "Add a budget line"…: below a section's list, for as long as rows may be added. */
@Component({
  selector: 'sk-add-row-button',
  imports: [MatButton, MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sk-form__actions">
      <button mat-stroked-button type="button" class="add-row" (click)="add.emit()">
        <mat-icon aria-hidden="true">add</mat-icon>{{ label() }}
      </button>
    </div>
  `,
})
export class AddRowButtonComponent {
  readonly label = input.required<string>();
  readonly add = output<void>();
}
