import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { AppInfoDto } from '@skema/contracts';
import { Observable, Subject, catchError, forkJoin, map, of, startWith, switchMap, tap } from 'rxjs';
import { SystemApi } from '../../core/api/system-api.service';
import { ApiFailure, toApiFailure } from '../../core/http/api-failure';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorStateComponent } from '../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../shared/loading/loading-indicator.component';
import { SkDatePipe } from '../../shared/pipes/date.pipe';
import { ServiceState, ServiceStatus, toServiceStatuses } from './system-status';

export type StatusView =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly failure: ApiFailure }
  | {
      readonly kind: 'loaded';
      readonly services: readonly ServiceStatus[];
      readonly allUp: boolean;
      /** `null` when health answered but info did not: the status is still worth showing. */
      readonly info: AppInfoDto | null;
      readonly checkedAt: Date;
    };

const LOADING: StatusView = { kind: 'loading' };

export const SERVICE_ICONS: Readonly<Record<ServiceState, string>> = {
  up: 'check_circle',
  down: 'error',
  unknown: 'help',
};

@Component({
  selector: 'sk-system-status-page',
  imports: [
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatButton,
    MatCard,
    MatCardContent,
    MatIcon,
    SkDatePipe,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './system-status-page.component.html',
  styleUrl: './system-status-page.component.scss',
})
export class SystemStatusPageComponent {
  private readonly api = inject(SystemApi);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService).language;
  protected readonly serviceIcons = SERVICE_ICONS;

  private readonly checks = new Subject<void>();

  // switchMap: a new check abandons one still in flight, so a slow answer never overwrites a newer one.
  protected readonly view = toSignal(
    this.checks.pipe(
      startWith(undefined),
      switchMap(() => this.check().pipe(startWith(LOADING))),
    ),
    { initialValue: LOADING },
  );

  protected refresh(): void {
    this.checks.next();
  }

  private check(): Observable<StatusView> {
    return forkJoin({
      health: this.api.health(),
      info: this.api.info().pipe(catchError(() => of(null))),
    }).pipe(
      map(({ health, info }): StatusView => {
        const services = toServiceStatuses(health);
        const allUp = services.every((service) => service.state === 'up');
        return { kind: 'loaded', services, allUp, info, checkedAt: new Date() };
      }),
      // The result replaces a status region the reader has already heard; say what changed.
      tap((view) => {
        if (view.kind === 'loaded') {
          void this.announcer.announce(this.transloco.translate(view.allUp ? 'status.allUp' : 'status.someDown'));
        }
      }),
      catchError((error: unknown) => of<StatusView>({ kind: 'failed', failure: toApiFailure(error) })),
    );
  }
}
