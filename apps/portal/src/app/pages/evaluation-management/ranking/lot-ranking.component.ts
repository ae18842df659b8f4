import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type {
  EvaluationGridDto,
  LocalizedText,
  LotRankingDto,
  RankingEntryDto,
  RankingOutcomeDto,
} from '@skema/contracts';
import { firstValueFrom } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../../core/http/api-failure';
import { LanguageService } from '../../../core/i18n/language.service';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { applyProblem } from '../../../shared/forms/server-errors';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { SkMoneyPipe } from '../../../shared/pipes/money.pipe';
import { GrantContractActionComponent } from '../../grant/contract/grant-contract-action.component';
import { EvaluationErrorPipe } from '../evaluation-error.pipe';
import { EvaluationManagementApi } from '../evaluation-management-api';
import { regionName } from '../evaluation-tabs';
import { SkPointsPipe } from '../points.pipe';
import { type ChipTone, StateChipComponent } from '../state-chip.component';
import { awardsForm, confirmRequest } from './award-form';
import { lotRankingView } from './ranking-rows';

const OUTCOME_TONES: Readonly<Record<RankingOutcomeDto, ChipTone>> = {
  selected: 'success',
  reserve: 'warning',
  rejected_threshold: 'danger',
  blocked_divergence: 'danger',
  incomplete: 'neutral',
};

/**
 * One lot's ranking: the ranked applications in order with the envelope line where the money runs
 * out, the reserve list numbered below it, those rejected on a threshold and those not ranked yet. The
 * programme manager may reduce an award (never raise it) and confirms the lot's ranking; the API
 * refuses while it is provisional, and a ranking that changed after confirmation asks to be confirmed again.
 * Once the results are published, each selected application offers its grant contract.
 */
@Component({
  selector: 'sk-lot-ranking',
  imports: [
    EvaluationErrorPipe,
    GrantContractActionComponent,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatSuffix,
    NoticeComponent,
    ReactiveFormsModule,
    SkDatePipe,
    SkMoneyPipe,
    SkPointsPipe,
    StateChipComponent,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lot-ranking.component.html',
  styleUrl: './lot-ranking.component.scss',
})
export class LotRankingComponent {
  private readonly api = inject(EvaluationManagementApi);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  readonly callId = input.required<string>();
  readonly lot = input.required<LotRankingDto>();
  readonly grid = input.required<EvaluationGridDto>();
  /** After publication nothing changes any more. */
  readonly published = input(false);
  readonly confirmed = output<LotRankingDto>();

  protected readonly tones = OUTCOME_TONES;
  protected readonly view = computed(() => lotRankingView(this.lot()));
  // A new ranking gives a new form; a language switch does not (it would drop what was typed).
  protected readonly form = computed(() => {
    const lot = this.lot();
    return awardsForm(
      lot,
      untracked(() => (this.language.language() === 'sq' ? ',' : '.')),
    );
  });
  protected readonly columnCount = 8;
  protected readonly busy = signal(false);
  protected readonly failure = signal<readonly string[] | null>(null);
  protected readonly done = signal(false);
  protected readonly region = computed(() => regionName(this.lot().regionCode, this.language.language()));
  protected readonly editable = computed(() => !this.published());
  protected readonly canConfirm = computed(() => !this.published() && !this.lot().provisional);

  protected name(text: LocalizedText): string {
    return text[this.language.language()] || text.sq;
  }

  protected sectionName(key: string | undefined): string {
    const section = this.grid().sections.find((s) => s.key === key);
    return section ? `${section.key} ${this.name(section.name)}` : (key ?? '');
  }

  protected awardLabel(entry: RankingEntryDto): string {
    return this.transloco.translate('evaluationManagement.ranking.awardFor', {
      reference: entry.reference ?? entry.organisationName,
    });
  }

  protected async confirm(): Promise<void> {
    const form = this.form();
    const lot = this.lot();
    this.failure.set(null);
    this.done.set(false);
    if (form.invalid) {
      form.markAllAsTouched();
      setTimeout(() => this.host.querySelector<HTMLElement>('input.ng-invalid')?.focus());
      return;
    }
    const request = confirmRequest(form, lot);
    this.busy.set(true);
    try {
      const result = await firstValueFrom(this.api.confirmLot(this.callId(), lot.lotId, request));
      this.done.set(true);
      this.confirmed.emit(result);
    } catch (caught: unknown) {
      const failure = toApiFailure(caught);
      // `awards.<i>.awardCents` is about the i-th award sent: put it under that application's field.
      const fields = Object.fromEntries(request.awards.map((a, i) => [`awards.${i}.awardCents`, a.applicationId]));
      const messages = failure.kind === 'problem' ? applyProblem(form, failure.problem, { fields }) : [];
      this.failure.set(messages.length ? messages : [describeApiFailure(failure, this.transloco)]);
    } finally {
      this.busy.set(false);
    }
  }
}
