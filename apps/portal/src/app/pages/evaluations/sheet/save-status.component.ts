import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslocoDirective } from '@jsverse/transloco';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { SheetAutosave } from './sheet-autosave';

/**
 * Whether the score sheet is saved, in a polite live region (as the application editor's sections
 * say it), and why a save failed, with a way to try again.
 */
@Component({
  selector: 'sk-sheet-save-status',
  imports: [MatButton, MatIcon, SkDatePipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'evaluations.sheet.save'">
      @let state = autosave().state();
      <p class="save-status" role="status" aria-live="polite">
        @switch (state.kind) {
          @case ('pending') {
            <mat-icon aria-hidden="true">edit</mat-icon>{{ t('pending') }}
          }
          @case ('saving') {
            <mat-icon aria-hidden="true">sync</mat-icon>{{ t('saving') }}
          }
          @case ('saved') {
            <mat-icon aria-hidden="true">cloud_done</mat-icon>
            @if (state.mine) {
              {{ t('saved', { time: state.at ?? now() | skDate: 'time' }) }}
            } @else {
              {{ t('savedAt', { time: state.at | skDate: 'dateTime' }) }}
            }
          }
          @case ('failed') {
            <mat-icon aria-hidden="true">error</mat-icon>{{ t('failed', { reason: state.reason }) }}
          }
          @default {
            {{ t('idle') }}
          }
        }
      </p>
      @if (state.kind === 'failed' && state.code !== 'evaluation_locked') {
        <button mat-stroked-button type="button" class="retry" (click)="autosave().flush()">
          <mat-icon aria-hidden="true">refresh</mat-icon>{{ t('retry') }}
        </button>
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
    }
    .save-status {
      display: flex;
      align-items: center;
      gap: 6px;
      min-height: 24px;
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .save-status mat-icon {
      width: 18px;
      height: 18px;
      font-size: 18px;
    }
    .retry {
      margin-bottom: 12px;
    }
  `,
})
export class SaveStatusComponent {
  readonly autosave = input.required<SheetAutosave>();
  protected readonly now = () => new Date().toISOString();
}
