import { ChangeDetectionStrategy, Component, Signal, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslocoDirective } from '@jsverse/transloco';
import { DAY_SECONDS, HOUR_SECONDS, countdown } from './countdown';

/**
 * The live time left before a call's deadline. The digits tick every second but are hidden from
 * screen readers, which read a sentence instead (timer role: never announced by itself). With
 * `announce`, a polite live region speaks only when a threshold is crossed: one day left, one hour
 * left, deadline passed.
 */
@Component({
  selector: 'sk-call-countdown',
  imports: [MatIcon, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'calls.countdown'">
      @let left = time();
      @if (left.passed) {
        <p class="countdown countdown--passed">
          <mat-icon aria-hidden="true">event_busy</mat-icon>{{ t('passed') }}
        </p>
      } @else {
        <div class="countdown" [class.countdown--soon]="left.totalSeconds <= daySeconds" role="timer">
          <mat-icon aria-hidden="true">timer</mat-icon>
          <span class="sk-visually-hidden"
            >{{ t('label') }}:
            @for (part of left.units; track part.unit; let last = $last) {
              {{ t('spoken.' + part.unit + (part.value === 1 ? '.one' : '.other'), { count: part.value }) }}{{ last ? '' : ',' }}
            }
          </span>
          <span class="countdown__units" aria-hidden="true">
            @for (part of left.units; track part.unit) {
              <span class="countdown__unit">
                <span class="countdown__value">{{ part.unit === 'days' ? part.value : pad(part.value) }}</span>
                <span class="countdown__name">{{ t('units.' + part.unit) }}</span>
              </span>
            }
          </span>
        </div>
      }
      @if (announce()) {
        <p class="sk-visually-hidden" aria-live="polite">{{ threshold() ? t('announce.' + threshold()) : '' }}</p>
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
    }
    .countdown {
      display: flex;
      align-items: center;
      flex-wrap: wrap;
      gap: 8px;
      margin: 0;
      color: var(--mat-sys-on-surface);
    }
    .countdown--soon {
      color: var(--mat-sys-tertiary);
    }
    .countdown--passed {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-title-small);
    }
    .countdown__units {
      display: flex;
      gap: 6px;
    }
    .countdown__unit {
      display: grid;
      justify-items: center;
      min-width: 3rem;
      padding: 4px 6px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container-high);
    }
    .countdown__value {
      font: var(--mat-sys-title-large);
      font-variant-numeric: tabular-nums;
    }
    .countdown__name {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CallCountdownComponent {
  /** The deadline as the API gives it (ISO 8601). */
  readonly deadline = input.required<string>();
  /**
   * The page's ticking server clock (see serverClock). The signal itself is passed, not its value, so
   * only this countdown re-renders every second, not the page around it.
   */
  readonly clock = input.required<Signal<number>>();
  /** Speak when a threshold is crossed; one countdown per page at most should. */
  readonly announce = input(false);

  protected readonly daySeconds = DAY_SECONDS;
  protected readonly time = computed(() => countdown(Date.parse(this.deadline()), this.clock()()));

  /** Changes at most three times, so the live region never chatters. */
  protected readonly threshold = computed<'passed' | 'lastHour' | 'lastDay' | null>(() => {
    const left = this.time();
    if (left.passed) return 'passed';
    if (left.totalSeconds <= HOUR_SECONDS) return 'lastHour';
    return left.totalSeconds <= DAY_SECONDS ? 'lastDay' : null;
  });

  protected pad(value: number): string {
    return String(value).padStart(2, '0');
  }
}
