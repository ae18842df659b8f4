import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslocoDirective } from '@jsverse/transloco';
import { ApplicationStatus, REGION_NAMES } from '@skema/contracts';
import { LanguageService } from '../../../core/i18n/language.service';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { CallCountdownComponent } from '../../calls/call-countdown.component';
import { ApplicationEditor } from '../application-editor';

const STATUS_ICONS: Readonly<Record<ApplicationStatus, string>> = {
  draft: 'edit_note',
  submitted: 'task_alt',
  withdrawn: 'undo',
  eligible: 'verified',
  ineligible: 'block',
  in_evaluation: 'rate_review',
  evaluated: 'fact_check',
  selected: 'emoji_events',
  reserve: 'hourglass_top',
  rejected: 'cancel',
  contracted: 'handshake',
};

/**
 * Which application this is: the call's reference and title, the lot's region, the CSO, the status
 * (in words, with an icon) and the deadline with the time left by the server's clock (the calls
 * page's countdown, so both pages count down alike).
 */
@Component({
  selector: 'sk-application-header',
  imports: [CallCountdownComponent, MatIcon, SkDatePipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (application(); as app) {
      <header class="sk-page-header application-header" *transloco="let t; prefix: 'application'">
        <p class="call-reference">{{ app.call.reference }} · {{ t('lot', { region: region() }) }}</p>
        <h1>{{ title() ?? t('title') }}</h1>
        <p class="organisation">{{ app.organisation.legalName }}</p>
        <div class="facts">
          <span class="status-chip" [class]="'status-chip status-chip--' + app.status">
            <mat-icon aria-hidden="true">{{ statusIcon() }}</mat-icon>
            <span class="sk-visually-hidden">{{ t('statusLabel') }}:</span>
            {{ t('status.' + app.status) }}
          </span>
          @if (app.reference) {
            <span class="fact"
              >{{ t('referenceLabel') }}: <strong>{{ app.reference }}</strong></span
            >
          }
          <span class="fact deadline">
            <mat-icon aria-hidden="true">event</mat-icon>
            {{ t('deadline', { deadline: app.call.deadline | skDate: 'dateTime' }) }}
          </span>
          @if (app.status === 'draft' || app.status === 'submitted') {
            <sk-call-countdown class="countdown" [deadline]="app.call.deadline" [clock]="clock" [announce]="true" />
          }
        </div>
      </header>
    }
  `,
  styleUrl: './application-header.component.scss',
})
export class ApplicationHeaderComponent {
  private readonly editor = inject(ApplicationEditor);
  private readonly language = inject(LanguageService);

  protected readonly application = this.editor.application;
  protected readonly region = computed(() => {
    const code = this.application()?.lot.regionCode;
    return code ? REGION_NAMES[code][this.language.language()] : '';
  });
  protected readonly title = computed(() => this.editor.call()?.title[this.language.language()] ?? null);
  protected readonly statusIcon = computed(() => STATUS_ICONS[this.application()?.status ?? 'draft']);
  /** The server's clock, ticking: the countdown reads it, so only the countdown re-renders each second. */
  protected readonly clock = this.editor.now;
}
