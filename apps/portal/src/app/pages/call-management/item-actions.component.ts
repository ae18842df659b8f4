import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatTooltip } from '@angular/material/tooltip';
import { TranslocoDirective } from '@jsverse/transloco';

/**
 * Move up, move down and remove for one item of an editable list (checklist, attachments, grid
 * sections and criteria). Each button names the item it acts on, for screen-reader users who meet
 * it out of context; the buttons that cannot act are disabled rather than hidden, so none moves.
 */
@Component({
  selector: 'sk-call-item-actions',
  imports: [MatIcon, MatIconButton, MatTooltip, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'callManagement.items'">
      <button
        mat-icon-button
        type="button"
        data-action="up"
        [disabled]="index() === 0"
        [attr.aria-label]="t('moveUp', { item: label() })"
        [matTooltip]="t('moveUp', { item: label() })"
        (click)="moveUp.emit()"
      >
        <mat-icon aria-hidden="true">arrow_upward</mat-icon>
      </button>
      <button
        mat-icon-button
        type="button"
        data-action="down"
        [disabled]="index() === count() - 1"
        [attr.aria-label]="t('moveDown', { item: label() })"
        [matTooltip]="t('moveDown', { item: label() })"
        (click)="moveDown.emit()"
      >
        <mat-icon aria-hidden="true">arrow_downward</mat-icon>
      </button>
      <button
        mat-icon-button
        type="button"
        data-action="remove"
        [attr.aria-label]="t('remove', { item: label() })"
        [matTooltip]="t('remove', { item: label() })"
        (click)="remove.emit()"
      >
        <mat-icon aria-hidden="true">delete</mat-icon>
      </button>
    </ng-container>
  `,
  styles: `
    :host {
      display: inline-flex;
      gap: 4px;
    }
  `,
})
export class ItemActionsComponent {
  readonly index = input.required<number>();
  readonly count = input.required<number>();
  /** The item in words, e.g. "criterion 3". */
  readonly label = input.required<string>();
  readonly moveUp = output<void>();
  readonly moveDown = output<void>();
  readonly remove = output<void>();
}
