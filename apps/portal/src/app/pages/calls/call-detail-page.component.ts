import { formatNumber, formatPercent } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { PublicCallDetailDto } from '@skema/contracts';
import { Subject, combineLatest, startWith, switchMap } from 'rxjs';
import { LanguageService } from '../../core/i18n/language.service';
import { LOADING, Loadable, loadable } from '../../shared/data/loadable';
import { EmptyStateComponent } from '../../shared/empty-state/empty-state.component';
import { ErrorStateComponent } from '../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../shared/loading/loading-indicator.component';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { SkDatePipe } from '../../shared/pipes/date.pipe';
import { SkMoneyPipe } from '../../shared/pipes/money.pipe';
import { CallAmendmentsComponent } from './call-amendments.component';
import { CallApplyComponent } from './call-apply.component';
import { CallCountdownComponent } from './call-countdown.component';
import { CallGridComponent } from './call-grid.component';
import { CallsApi, Timed } from './calls-api';
import { CallPhase, callPhase } from './countdown';
import { SkLocalizedPipe, SkRegionPipe } from './localized.pipe';
import { serverClock } from './server-clock';

const PHASE_ICONS: Readonly<Record<CallPhase, string>> = { open: 'lock_open', upcoming: 'schedule', closed: 'lock' };
const BYTES_PER_MB = 1024 * 1024;

/**
 * `/calls/:id`: everything an applicant needs to decide and prepare (texts, lots, limits, eligibility,
 * documents, grid, amendments) and, while the call is open, the way to start an application. A
 * closed call stays readable.
 */
@Component({
  selector: 'sk-call-detail-page',
  imports: [
    CallAmendmentsComponent,
    CallApplyComponent,
    CallCountdownComponent,
    CallGridComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatAnchor,
    MatIcon,
    NoticeComponent,
    RouterLink,
    SkDatePipe,
    SkLocalizedPipe,
    SkMoneyPipe,
    SkRegionPipe,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './call-detail-page.component.html',
  styleUrl: './call-detail-page.component.scss',
})
export class CallDetailPageComponent {
  private readonly api = inject(CallsApi);
  private readonly language = inject(LanguageService);
  private readonly reloads = new Subject<void>();

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly state = toSignal(
    combineLatest([toObservable(this.id), this.reloads.pipe(startWith(undefined))]).pipe(
      switchMap(([id]) => loadable(this.api.get(id))),
    ),
    { initialValue: LOADING as Loadable<Timed<PublicCallDetailDto>> },
  );
  private readonly call = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.value.value : null;
  });
  protected readonly now = serverClock(this.state);
  /** Read every second but changes only when the call opens or closes, so the page re-renders then. */
  protected readonly phase = computed<CallPhase>(() => {
    const call = this.call();
    return call ? callPhase(call, this.now()) : 'closed';
  });
  protected readonly phaseIcon = computed(() => PHASE_ICONS[this.phase()]);
  /** A malformed id (400) is as absent as an unknown one (404). */
  protected readonly notFound = computed(() => {
    const state = this.state();
    return state.kind === 'failed' && state.failure.kind === 'problem' && [400, 404].includes(state.failure.status);
  });
  /** The call's text, one paragraph per blank-line-separated block. */
  protected readonly paragraphs = computed(() => {
    const call = this.call();
    if (!call) return [];
    return call.text[this.language.language()]
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph.length > 0);
  });

  protected reload(): void {
    this.reloads.next();
  }

  /** 9000 basis points → `90%` (the locale decides the spacing). */
  protected percent(basisPoints: number): string {
    return formatPercent(basisPoints / 10_000, this.language.formatLocale(), '1.0-2');
  }

  protected megabytes(bytes: number): string {
    return formatNumber(bytes / BYTES_PER_MB, this.language.formatLocale(), '1.0-1');
  }

  protected types(types: readonly string[]): string {
    return types.map((type) => type.toUpperCase()).join(', ');
  }
}
