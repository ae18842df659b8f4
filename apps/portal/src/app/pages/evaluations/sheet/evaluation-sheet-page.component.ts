import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { MyEvaluationDto, REGION_NAMES, isRegionCode } from '@skema/contracts';
import { Observable, firstValueFrom, map } from 'rxjs';
import { LanguageService } from '../../../core/i18n/language.service';
import { ErrorStateComponent } from '../../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../../shared/loading/loading-indicator.component';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { ConfirmDialogComponent, ConfirmDialogData } from '../../application/side/confirm-dialog.component';
import { LeavesSafely } from '../../application/unsaved-changes.guard';
import { injectDeclarationDialog } from '../declaration/declaration-dialog.component';
import { DeclarationFormComponent } from '../declaration/declaration-form.component';
import { ApplicationReaderComponent } from './application-reader.component';
import { SaveStatusComponent } from './save-status.component';
import { ScoreGridComponent } from './score-grid.component';
import { ScoreSheet } from './score-sheet';

const HEADING_ID = 'evaluation-heading';
const LOCKED_ID = 'evaluation-locked';
const MESSAGE_ID = 'evaluation-submit-message';

/**
 * `/evaluations/:assignmentId`: the application read-only on one side, the evaluator's score sheet on
 * the other (stacked on a narrow screen). Scores and comments autosave; "Submit evaluation" asks
 * first, then locks the sheet. While the declaration is unsigned the API shows nothing of the
 * application, and neither does this page: it asks for the declaration instead.
 */
@Component({
  selector: 'sk-evaluation-sheet-page',
  imports: [
    ApplicationReaderComponent,
    DeclarationFormComponent,
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatButton,
    MatIcon,
    MatProgressSpinner,
    NoticeComponent,
    RouterLink,
    SaveStatusComponent,
    ScoreGridComponent,
    SkDatePipe,
    TranslocoDirective,
  ],
  providers: [ScoreSheet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
  templateUrl: './evaluation-sheet-page.component.html',
  styleUrl: './evaluation-sheet-page.component.scss',
})
export class EvaluationSheetPageComponent implements LeavesSafely {
  protected readonly sheet = inject(ScoreSheet);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService).language;
  private readonly openDeclaration = injectDeclarationDialog();

  /** The route's `:assignmentId`. */
  readonly assignmentId = input.required<string>();

  protected readonly headingId = HEADING_ID;
  protected readonly lockedId = LOCKED_ID;
  protected readonly messageId = MESSAGE_ID;
  /** Why the last submission did not go through, or that it did. */
  protected readonly submitMessage = signal<{ kind: 'error' | 'success'; text: string } | null>(null);

  /** What the heading and the declaration say about the application: from the sheet, or the listed assignment. */
  protected readonly subject = computed(() => this.sheet.sheet() ?? this.sheet.assignment());
  protected readonly region = computed(() => {
    const code = this.subject()?.lotRegionCode ?? '';
    return isRegionCode(code) ? REGION_NAMES[code][this.language()] : code;
  });

  constructor() {
    effect(() => {
      const id = this.assignmentId();
      untracked(() => void this.sheet.load(id));
    });
  }

  protected reload(): void {
    void this.sheet.load(this.assignmentId());
  }

  protected declared(assignment: MyEvaluationDto): void {
    this.sheet.declared(assignment);
    this.focusSoon(HEADING_ID);
  }

  /**
   * Marks what is missing first (by the domain's rule), then asks, then submits; after it, focus goes
   * to the "locked" note, or to the first field the API refused.
   */
  protected async submit(): Promise<void> {
    if (this.sheet.submitting()) return;
    this.submitMessage.set(null);
    const refused = this.sheet.preflight();
    if (refused) {
      this.submitMessage.set({ kind: 'error', text: refused });
      this.focusFirstProblem();
      return;
    }
    const points = this.sheet.points()?.total ?? 0;
    const max = this.sheet.sheet()?.grid.maxScore ?? 0;
    if (!(await firstValueFrom(this.confirm('submit.confirm', { points, max })))) return;
    const outcome = await this.sheet.submit();
    if (outcome.kind === 'submitted') {
      this.submitMessage.set({ kind: 'success', text: this.t('submit.done') });
      this.focusSoon(LOCKED_ID);
      return;
    }
    this.submitMessage.set({ kind: 'error', text: outcome.message });
    this.focusFirstProblem();
  }

  /** A conflict found after signing: declared here, it ends the evaluator's work on this application. */
  protected declareConflict(): void {
    const sheet = this.sheet.sheet();
    if (!sheet) return;
    this.openDeclaration({ assignmentId: sheet.assignmentId, subject: sheet, conflictOnly: true }).subscribe(
      (declared) => {
        if (declared) this.declared(declared);
      },
    );
  }

  async canLeave(): Promise<boolean> {
    if (await this.sheet.settle()) return true;
    return firstValueFrom(this.confirm('leave'));
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (!this.sheet.unsaved()) return;
    void this.sheet.settle();
    // Browsers show their own "leave site?" question; `returnValue` for older ones.
    event.preventDefault();
    event.returnValue = true;
  }

  private confirm(key: string, params: Record<string, unknown> = {}): Observable<boolean> {
    const data: ConfirmDialogData = {
      title: this.t(`${key}.title`, params),
      message: this.t(`${key}.message`, params),
      confirm: this.t(`${key}.confirm`, params),
      cancel: this.transloco.translate('common.cancel'),
    };
    return this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, { data, maxWidth: '32rem' })
      .afterClosed()
      .pipe(map((confirmed) => confirmed === true));
  }

  /** The first criterion marked (its score, or its comment), else the message that explains. */
  private focusFirstProblem(): void {
    afterNextRender(
      () => {
        const root = this.host.nativeElement;
        const field = root.querySelector<HTMLElement>(
          // Nothing chosen yet: the first score is the group's tab stop.
          'mat-button-toggle-group[aria-invalid="true"] button, .criterion--invalid textarea[aria-invalid="true"]',
        );
        (field ?? root.ownerDocument.getElementById(MESSAGE_ID))?.focus();
      },
      { injector: this.injector },
    );
  }

  private focusSoon(id: string): void {
    afterNextRender(() => this.host.nativeElement.ownerDocument.getElementById(id)?.focus(), {
      injector: this.injector,
    });
  }

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(`evaluations.sheet.${key}`, params);
  }
}
