import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { MatCard, MatCardActions, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { PublicCallListDto } from '@skema/contracts';
import { Subject, startWith, switchMap } from 'rxjs';
import { LOADING, Loadable, loadable } from '../../shared/data/loadable';
import { EmptyStateComponent } from '../../shared/empty-state/empty-state.component';
import { ErrorStateComponent } from '../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../shared/loading/loading-indicator.component';
import { SkDatePipe } from '../../shared/pipes/date.pipe';
import { SkMoneyPipe } from '../../shared/pipes/money.pipe';
import { CallCountdownComponent } from './call-countdown.component';
import { CallsApi, Timed } from './calls-api';
import { SkLocalizedPipe, SkRegionPipe } from './localized.pipe';
import { serverClock } from './server-clock';

/** `/calls`: the calls open now, soonest deadline first, each with its live countdown. */
@Component({
  selector: 'sk-open-calls-page',
  imports: [
    CallCountdownComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatAnchor,
    MatCard,
    MatCardActions,
    MatCardContent,
    MatIcon,
    RouterLink,
    SkDatePipe,
    SkLocalizedPipe,
    SkMoneyPipe,
    SkRegionPipe,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './open-calls-page.component.html',
  styleUrl: './open-calls-page.component.scss',
})
export class OpenCallsPageComponent {
  private readonly api = inject(CallsApi);
  private readonly reloads = new Subject<void>();

  protected readonly state = toSignal(
    this.reloads.pipe(
      startWith(undefined),
      switchMap(() => loadable(this.api.listOpen())),
    ),
    { initialValue: LOADING as Loadable<Timed<PublicCallListDto>> },
  );
  /** The server's clock, so a phone set a few minutes off still counts down to the real deadline. */
  protected readonly now = serverClock(this.state);

  protected reload(): void {
    this.reloads.next();
  }
}
