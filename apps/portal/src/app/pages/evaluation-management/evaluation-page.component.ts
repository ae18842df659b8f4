import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatIcon } from '@angular/material/icon';
import { MatTab, MatTabContent, MatTabGroup } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CallDto, LocalizedText } from '@skema/contracts';
import { Subject, combineLatest, map, startWith, switchMap } from 'rxjs';
import { LanguageService } from '../../core/i18n/language.service';
import { LOADING, type Loadable, loadable } from '../../shared/data/loadable';
import { ErrorStateComponent } from '../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../shared/loading/loading-indicator.component';
import { CallManagementApi } from '../call-management/call-management-api';
import { CallStatusChipComponent } from '../call-management/call-status-chip.component';
import { AssignmentsTabComponent } from './assignments/assignments-tab.component';
import { ConsolidationTabComponent } from './consolidation/consolidation-tab.component';
import { EligibilityTabComponent } from './eligibility/eligibility-tab.component';
import { EVALUATION_TABS, type EvaluationTab, tabFromParams, tabQueryParams } from './evaluation-tabs';
import { RankingTabComponent } from './ranking/ranking-tab.component';
import { ReportTabComponent } from './report/report-tab.component';

/**
 * `/manage/calls/:id/evaluation`: the programme manager's evaluation of one call, as tabs in the order
 * of the work: the eligibility check, evaluators and progress, consolidation and divergences, ranking
 * and awards, the report. The open tab and its filters live in the address.
 */
@Component({
  selector: 'sk-evaluation-page',
  imports: [
    AssignmentsTabComponent,
    CallStatusChipComponent,
    ConsolidationTabComponent,
    EligibilityTabComponent,
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatIcon,
    MatTab,
    MatTabContent,
    MatTabGroup,
    RankingTabComponent,
    ReportTabComponent,
    RouterLink,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './evaluation-page.component.html',
  styleUrl: './evaluation-page.component.scss',
})
export class EvaluationPageComponent {
  private readonly calls = inject(CallManagementApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);

  /** The call's id, from the route. */
  readonly id = input.required<string>();

  protected readonly tabs = EVALUATION_TABS;
  protected readonly tab = toSignal(this.route.queryParamMap.pipe(map(tabFromParams)), { requireSync: true });
  protected readonly tabIndex = computed(() => this.tabs.indexOf(this.tab()));

  private readonly reloads = new Subject<void>();
  protected readonly state = toSignal(
    combineLatest([toObservable(this.id), this.reloads.pipe(startWith(undefined))]).pipe(
      switchMap(([id]) => loadable(this.calls.get(id))),
    ),
    { initialValue: LOADING as Loadable<CallDto> },
  );

  protected selectTab(index: number): void {
    const tab: EvaluationTab | undefined = this.tabs[index];
    if (!tab || tab === this.tab()) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: tabQueryParams(tab) });
  }

  protected reload(): void {
    this.reloads.next();
  }

  protected localized(text: LocalizedText): string {
    return text[this.language.language()] || text.sq;
  }
}
