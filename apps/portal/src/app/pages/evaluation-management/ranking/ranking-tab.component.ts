import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { CallDto, CallRankingDto, LotRankingDto } from '@skema/contracts';
import { firstValueFrom } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../../core/http/api-failure';
import { LanguageService } from '../../../core/i18n/language.service';
import { formatMoney } from '../../../core/i18n/locale-format';
import { LOADING, type Loadable } from '../../../shared/data/loadable';
import { ErrorStateComponent } from '../../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../../shared/loading/loading-indicator.component';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../../call-management/confirm-dialog.component';
import { EvaluationManagementApi } from '../evaluation-management-api';
import { regionName } from '../evaluation-tabs';
import { type BarRow, type BarSeries, StackedBarsComponent } from '../stacked-bars.component';
import { LotRankingComponent } from './lot-ranking.component';

/** Why the results cannot be published yet, or null when they can. */
export function publicationBlocker(ranking: CallRankingDto): 'published' | 'noLots' | 'unconfirmed' | null {
  if (ranking.resultsPublishedAt) return 'published';
  if (ranking.lots.length === 0) return 'noLots';
  return ranking.lots.every((lot) => lot.confirmedAt && !lot.stale && !lot.provisional) ? null : 'unconfirmed';
}

/**
 * Ranking and awards: per lot the ranking with its envelope line, the awards to confirm, and a chart of
 * each envelope against what it allocates; then the publication of the results, once every lot's
 * ranking is confirmed (each CSO then learns its outcome, scores and the evaluators' comments).
 */
@Component({
  selector: 'sk-ranking-tab',
  imports: [
    ErrorStateComponent,
    LoadingIndicatorComponent,
    LotRankingComponent,
    MatButton,
    MatIcon,
    NoticeComponent,
    SkDatePipe,
    StackedBarsComponent,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './ranking-tab.component.html',
  styles: `
    .intro {
      margin: 0 0 16px;
      max-width: 48rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .publish {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      padding: 16px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .publish p {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class RankingTabComponent {
  private readonly api = inject(EvaluationManagementApi);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly dictionary = toSignal(this.transloco.selectTranslation());

  readonly call = input.required<CallDto>();

  protected readonly state = signal<Loadable<CallRankingDto>>(LOADING);
  protected readonly ranking = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.value : null;
  });
  protected readonly blocker = computed(() => {
    const ranking = this.ranking();
    return ranking ? publicationBlocker(ranking) : 'noLots';
  });
  protected readonly unconfirmedLots = computed(() =>
    (this.ranking()?.lots ?? [])
      .filter((lot) => !lot.confirmedAt || lot.stale || lot.provisional)
      .map((lot) => regionName(lot.regionCode, this.language.language()))
      .join(', '),
  );
  protected readonly publishing = signal(false);
  protected readonly publishFailure = signal<string | null>(null);
  protected readonly justPublished = signal(false);

  protected readonly series = computed<BarSeries[]>(() => {
    this.dictionary();
    const t = (key: string) => this.transloco.translate(`evaluationManagement.ranking.chart.${key}`);
    return [
      { key: 'allocated', label: t('allocated'), tone: 'progress' },
      { key: 'remaining', label: t('remaining'), tone: 'open' },
    ];
  });
  protected readonly chartRows = computed<BarRow[]>(() =>
    (this.ranking()?.lots ?? []).map((lot) => ({
      label: regionName(lot.regionCode, this.language.language()),
      values: { allocated: lot.allocatedCents, remaining: lot.remainingCents },
    })),
  );
  protected readonly money = computed(() => {
    const locale = this.language.formatLocale();
    return (cents: number) => formatMoney(cents, 'EUR', locale);
  });

  constructor() {
    effect(() => {
      const id = this.call().id;
      untracked(() => void this.load(id));
    });
  }

  protected async load(id = this.call().id): Promise<void> {
    this.state.set(LOADING);
    try {
      this.state.set({ kind: 'loaded', value: await firstValueFrom(this.api.ranking(id)) });
    } catch (caught: unknown) {
      this.state.set({ kind: 'failed', failure: toApiFailure(caught) });
    }
  }

  /** A confirmed lot replaces its old ranking in place; the others stay as they are. */
  protected lotConfirmed(lot: LotRankingDto): void {
    const ranking = this.ranking();
    if (!ranking) return;
    const lots = ranking.lots.map((l) => (l.lotId === lot.lotId ? lot : l));
    this.state.set({ kind: 'loaded', value: { ...ranking, lots } });
  }

  protected async publish(): Promise<void> {
    const t = (key: string) => this.transloco.translate(`evaluationManagement.ranking.publishDialog.${key}`);
    const data: ConfirmDialogData = {
      title: t('title'),
      paragraphs: [t('text'), t('final')],
      confirm: t('confirm'),
      cancel: t('cancel'),
    };
    const ref = this.dialog.open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
      injector: this.injector,
      width: '32rem',
      maxWidth: '95vw',
      data,
    });
    if ((await firstValueFrom(ref.afterClosed())) !== true) return;
    this.publishing.set(true);
    this.publishFailure.set(null);
    try {
      this.state.set({ kind: 'loaded', value: await firstValueFrom(this.api.publishResults(this.call().id)) });
      this.justPublished.set(true);
    } catch (caught: unknown) {
      const failure = toApiFailure(caught);
      this.publishFailure.set(describeApiFailure(failure, this.transloco));
      // Refused because the rankings are not (or no longer) as confirmed: show them as they are now.
      if (failure.kind === 'problem' && failure.status === 409) void this.load();
    } finally {
      this.publishing.set(false);
    }
  }
}
