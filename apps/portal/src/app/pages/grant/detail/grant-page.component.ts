import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatIcon } from '@angular/material/icon';
import { MatTab, MatTabContent, MatTabGroup } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { GrantDto } from '@skema/contracts';
import { Subject, filter, map, startWith, switchMap, tap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { LanguageService } from '../../../core/i18n/language.service';
import { LOADING, type Loadable, loadable } from '../../../shared/data/loadable';
import { ErrorStateComponent } from '../../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../../shared/loading/loading-indicator.component';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { SkMoneyPipe } from '../../../shared/pipes/money.pipe';
import { regionName } from '../../evaluation-management/evaluation-tabs';
import { StateChipComponent } from '../../evaluation-management/state-chip.component';
import { GrantApi } from '../grant-api';
import { GRANT_STATUS_TONES, wholePercent } from '../grant-figures';
import { MoneyBarComponent } from '../money-bar.component';
import { GrantReportsComponent } from '../reports/grant-reports.component';
import { GrantBudgetComponent } from './grant-budget.component';
import { GrantScheduleComponent } from './grant-schedule.component';
import { GRANT_TABS, type GrantTab, grantTabFromParams, grantTabQueryParams } from './grant-tabs';

/**
 * `/my-grants/:id`: one grant contract. The header says who holds it, for when, and how much of the
 * award is committed and paid; the tabs show the payment schedule (each tranche payable now or why
 * not), the budget's execution per approved line, and the reports: the grantee writes and submits
 * them, the programme manager approves or returns them. The open tab lives in the address.
 */
@Component({
  selector: 'sk-grant-page',
  imports: [
    ErrorStateComponent,
    GrantBudgetComponent,
    GrantReportsComponent,
    GrantScheduleComponent,
    LoadingIndicatorComponent,
    MatIcon,
    MatTab,
    MatTabContent,
    MatTabGroup,
    MoneyBarComponent,
    RouterLink,
    SkDatePipe,
    SkMoneyPipe,
    StateChipComponent,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './grant-page.component.html',
  styleUrl: './grant-page.component.scss',
})
export class GrantPageComponent {
  private readonly api = inject(GrantApi);
  private readonly auth = inject(AuthService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService).language;

  /** The grant's id, from the route. */
  readonly id = input.required<string>();

  protected readonly tabs = GRANT_TABS;
  protected readonly tab = toSignal(this.route.queryParamMap.pipe(map(grantTabFromParams)), { requireSync: true });
  protected readonly tabIndex = computed(() => this.tabs.indexOf(this.tab()));

  private readonly reloads = new Subject<void>();
  /** Once shown, a refresh (after a report's review) keeps the grant on screen until the new one arrives. */
  protected readonly state = this.loadGrant();
  protected readonly grant = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.value : null;
  });

  /** The grantee's own staff write the reports; the programme manager reviews them. */
  protected readonly isGrantee = computed(() => {
    const organisation = this.auth.user()?.organisation;
    return !!organisation && organisation.id === this.grant()?.organisationId;
  });
  protected readonly canReview = this.auth.can('grants.manage');
  protected readonly canOpenApplication = this.auth.can('applications.read');

  protected readonly tones = GRANT_STATUS_TONES;
  protected readonly paidPercent = computed(() => {
    const grant = this.grant();
    return grant ? wholePercent(grant.paidCents, grant.awardCents) : 0;
  });
  protected readonly region = computed(() => {
    const grant = this.grant();
    return grant ? regionName(grant.regionCode, this.language()) : '';
  });
  protected readonly title = computed(() => {
    const title = this.grant()?.title;
    return title ? title[this.language()] || title.sq : null;
  });

  protected selectTab(index: number): void {
    const tab: GrantTab | undefined = this.tabs[index];
    if (!tab || tab === this.tab()) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: grantTabQueryParams(tab),
      queryParamsHandling: 'merge',
    });
  }

  protected reload(): void {
    this.reloads.next();
  }

  private loadGrant() {
    return toSignal(
      toObservable(this.id).pipe(
        switchMap((id) => {
          let shown = false;
          return this.reloads.pipe(
            startWith(undefined),
            switchMap(() => loadable(this.api.get(id)).pipe(filter((s) => !(shown && s.kind === 'loading')))),
            tap((s) => (shown = s.kind === 'loaded')),
          );
        }),
      ),
      { initialValue: LOADING as Loadable<GrantDto> },
    );
  }
}
