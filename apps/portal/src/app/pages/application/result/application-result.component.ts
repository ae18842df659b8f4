import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIcon } from '@angular/material/icon';
import { TranslocoDirective, provideTranslocoScope } from '@jsverse/transloco';
import { ApplicationDto, ApplicationResultDto, LocalizedText, ResultOutcome } from '@skema/contracts';
import { Observable, Subject, catchError, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { toApiFailure } from '../../../core/http/api-failure';
import { LanguageService } from '../../../core/i18n/language.service';
import { Loadable } from '../../../shared/data/loadable';
import { ErrorStateComponent } from '../../../shared/error-state/error-state.component';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { SkMoneyPipe } from '../../../shared/pipes/money.pipe';
import { barPercent, failureLines, formatHundredths, mayHaveResult, thresholdPercent } from './result-figures';
import { ResultApi } from './result-api';

const OUTCOME_ICONS: Readonly<Record<ResultOutcome, string>> = {
  selected: 'emoji_events',
  reserve: 'hourglass_top',
  rejected: 'cancel',
  ineligible: 'block',
};

/** No result yet (404, or nothing to ask for): the panel is not there at all. */
type ResultState = Loadable<ApplicationResultDto> | { readonly kind: 'none' };
const NONE: ResultState = { kind: 'none' };

/**
 * The outcome of the evaluation on the application page, once the call's results are published: the
 * outcome (award, reserve number, rejection, ineligibility), the consolidated score per section
 * against its maximum as bars whose numbers are in the text, the total against the threshold, the
 * thresholds missed, and the evaluators' comments — numbered, never named (DESIGN §3). Its words are
 * in the evaluations scope, loaded only when there is a result to show.
 */
@Component({
  selector: 'sk-application-result',
  imports: [ErrorStateComponent, MatExpansionModule, MatIcon, SkDatePipe, SkMoneyPipe, TranslocoDirective],
  providers: [provideTranslocoScope('evaluations')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application-result.component.html',
  styleUrl: './application-result.component.scss',
})
export class ApplicationResultComponent {
  private readonly api = inject(ResultApi);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);

  readonly application = input.required<Pick<ApplicationDto, 'id' | 'status'>>();

  private readonly retries = new Subject<void>();
  protected readonly state = toSignal(
    toObservable(computed(() => this.askable())).pipe(
      distinctUntilChanged(),
      switchMap((id) =>
        id
          ? this.retries.pipe(
              startWith(undefined),
              switchMap(() => this.fetch(id)),
            )
          : of<ResultState>(NONE),
      ),
    ),
    { initialValue: NONE as ResultState },
  );

  protected readonly result = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.value : null;
  });
  protected readonly outcomeIcon = computed(() => OUTCOME_ICONS[this.result()?.outcome ?? 'rejected']);
  protected readonly failures = computed(() => {
    const result = this.result();
    return result ? failureLines(result, this.language.formatLocale(), (text) => this.title(text)) : [];
  });
  protected readonly comments = computed(() =>
    [...(this.result()?.comments ?? [])].sort((a, b) => a.evaluator - b.evaluator),
  );

  protected readonly barPercent = barPercent;
  protected readonly thresholdPercent = thresholdPercent;

  protected score(hundredths: number | null): string {
    return hundredths === null ? '—' : formatHundredths(hundredths, this.language.formatLocale());
  }

  protected title(text: LocalizedText): string {
    return text[this.language.language()] || text.sq;
  }

  protected retry(): void {
    this.retries.next();
  }

  /** The application's id when a result may exist and this person may read it; null otherwise. */
  private askable(): string | null {
    const application = this.application();
    return this.auth.can('applications.result') && mayHaveResult(application.status) ? application.id : null;
  }

  private fetch(id: string): Observable<ResultState> {
    return this.api.result(id).pipe(
      map((value): ResultState => ({ kind: 'loaded', value })),
      startWith<ResultState>({ kind: 'loading' }),
      catchError((error: unknown) =>
        of<ResultState>(
          error instanceof HttpErrorResponse && error.status === 404
            ? NONE
            : { kind: 'failed', failure: toApiFailure(error) },
        ),
      ),
    );
  }
}
