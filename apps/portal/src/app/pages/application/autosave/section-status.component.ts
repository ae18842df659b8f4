import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { Observable, firstValueFrom } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../../core/http/api-failure';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { SectionAutosave } from './section-autosave';

/**
 * Under a section's heading: whether it is saved, by whom and when (a polite live region), why a save
 * failed with a way to try again, and, after a colleague saved the same section, the banner that
 * makes the person choose whose version stands.
 */
@Component({
  selector: 'sk-section-status',
  imports: [MatButton, MatIcon, NoticeComponent, SkDatePipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'application.save'">
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
              {{ t('savedByYou', { time: state.at | skDate: 'time' }) }}
            } @else if (state.by) {
              {{ t('lastSaved', { time: state.at | skDate: 'dateTime', name: state.by }) }}
            } @else {
              {{ t('lastSavedAt', { time: state.at | skDate: 'dateTime' }) }}
            }
          }
          @case ('failed') {
            <mat-icon aria-hidden="true">error</mat-icon>{{ t('failed', { reason: state.reason }) }}
          }
          @case ('conflict') {
            <mat-icon aria-hidden="true">error</mat-icon>{{ t('notSaved') }}
          }
          @default {
            @if (editable()) {
              {{ t('idle') }}
            }
          }
        }
      </p>
      @if (state.kind === 'failed' && editable()) {
        <button mat-stroked-button type="button" class="retry" (click)="autosave().flush()">
          <mat-icon aria-hidden="true">refresh</mat-icon>{{ t('retry') }}
        </button>
      }
      @if (state.kind === 'conflict') {
        <sk-notice kind="error" class="conflict">
          <p>
            @if (state.by) {
              <strong>{{ t('conflict', { name: state.by, time: state.at | skDate: 'time' }) }}</strong>
            } @else {
              <strong>{{ t('conflictUnknown') }}</strong>
            }
          </p>
          <p>{{ t('conflictChoice') }}</p>
          @if (choiceError(); as message) {
            <p>{{ message }}</p>
          }
          <div class="conflict__actions">
            <button
              mat-flat-button
              type="button"
              class="load-theirs"
              [disabled]="busy()"
              (click)="choose(autosave().loadTheirs())"
            >
              {{ t('loadTheirs') }}
            </button>
            <button
              mat-stroked-button
              type="button"
              class="keep-mine"
              [disabled]="busy()"
              (click)="choose(autosave().keepMine())"
            >
              {{ t('keepMine') }}
            </button>
          </div>
        </sk-notice>
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
    .conflict__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 8px;
    }
  `,
})
export class SectionStatusComponent {
  private readonly transloco = inject(TranslocoService);

  readonly autosave = input.required<SectionAutosave>();
  readonly editable = input(false);

  protected readonly busy = signal(false);
  protected readonly choiceError = signal<string | null>(null);

  protected async choose(choice: Observable<void>): Promise<void> {
    this.busy.set(true);
    this.choiceError.set(null);
    try {
      await firstValueFrom(choice);
    } catch (error: unknown) {
      this.choiceError.set(describeApiFailure(toApiFailure(error), this.transloco));
    } finally {
      this.busy.set(false);
    }
  }
}
