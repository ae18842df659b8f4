import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { CriterionScoreDto, EvaluationSheetDto, MyEvaluationDto } from '@skema/contracts';
import { scoreSheetProblems } from '@skema/domain';
import { Subscription, catchError, firstValueFrom, of } from 'rxjs';
import { ApiFailure, describeApiFailure, toApiFailure } from '../../../core/http/api-failure';
import { EvaluationsApi } from '../evaluations-api';
import { SheetAutosave, SheetSaveFailure } from './sheet-autosave';
import { SheetForm, buildSheetForm, livePoints, placeFieldErrors, requireEverything, sheetScores } from './sheet-form';

export type SheetLoadState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly failure: ApiFailure }
  /** 409 `declaration_required`: the declaration comes before anything of the application. */
  | { readonly kind: 'declaration' }
  /** The evaluator declared a conflict: the application went back for reassignment. */
  | { readonly kind: 'conflict' }
  | { readonly kind: 'loaded' };

export type SubmitOutcome =
  | { readonly kind: 'submitted' }
  /** The form shows what is missing or wrong; `message` sums it up. */
  | { readonly kind: 'refused'; readonly message: string };

function problemCode(failure: ApiFailure): string | null {
  return failure.kind === 'problem' ? failure.problem.code : null;
}

/**
 * The state of one score sheet page: the sheet as the API last gave it, the form the evaluator fills,
 * the live points, the autosave, and submission. Provided by the page component, so it lives and
 * dies with it.
 */
@Injectable()
export class ScoreSheet {
  private readonly api = inject(EvaluationsApi);
  private readonly transloco = inject(TranslocoService);

  private readonly sheetSignal = signal<EvaluationSheetDto | null>(null);
  private readonly formSignal = signal<SheetForm | null>(null);
  private readonly scoresSignal = signal<CriterionScoreDto[]>([]);
  private readonly loadStateSignal = signal<SheetLoadState>({ kind: 'loading' });
  private readonly autosaveSignal = signal<SheetAutosave | null>(null);
  private readonly assignmentSignal = signal<MyEvaluationDto | null>(null);
  private readonly submittingSignal = signal(false);
  private formChanges: Subscription | null = null;
  private id = '';

  readonly sheet = this.sheetSignal.asReadonly();
  readonly form = this.formSignal.asReadonly();
  readonly loadState = this.loadStateSignal.asReadonly();
  readonly autosave = this.autosaveSignal.asReadonly();
  /** The assignment as listed (references for the declaration), when the API asked for the declaration. */
  readonly assignment = this.assignmentSignal.asReadonly();
  readonly submitting = this.submittingSignal.asReadonly();
  readonly locked = computed(() => this.sheetSignal()?.status === 'submitted');
  /** Points as the evaluator scores, by the domain's arithmetic (the API's too). */
  readonly points = computed(() => {
    const sheet = this.sheetSignal();
    return sheet ? livePoints(sheet.grid, this.scoresSignal()) : null;
  });
  readonly unscored = computed(() => this.scoresSignal().filter((entry) => entry.score === null).length);

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.formChanges?.unsubscribe();
      this.autosaveSignal()?.dispose();
    });
  }

  assignmentId(): string {
    return this.id;
  }

  async load(assignmentId: string): Promise<void> {
    this.id = assignmentId;
    this.loadStateSignal.set({ kind: 'loading' });
    try {
      this.take(await firstValueFrom(this.api.sheet(assignmentId)));
      this.loadStateSignal.set({ kind: 'loaded' });
    } catch (error: unknown) {
      const failure = toApiFailure(error);
      if (problemCode(failure) !== 'declaration_required') {
        this.loadStateSignal.set({ kind: 'failed', failure });
        return;
      }
      this.loadStateSignal.set({ kind: 'declaration' });
      // Only for the references shown above the declaration: it reads well without them too.
      const mine = await firstValueFrom(this.api.mine().pipe(catchError(() => of([] as MyEvaluationDto[]))));
      this.assignmentSignal.set(mine.find((assignment) => assignment.id === assignmentId) ?? null);
    }
  }

  /** The declaration was made on this page: signed, the sheet opens; a conflict ends the work here. */
  declared(assignment: MyEvaluationDto): void {
    if (assignment.declaration === 'conflict') {
      this.autosaveSignal()?.discard();
      this.loadStateSignal.set({ kind: 'conflict' });
      return;
    }
    void this.load(this.id);
  }

  /** Saves what waits and waits for it; true when everything is on the server. */
  settle(): Promise<boolean> {
    return this.autosaveSignal()?.settle() ?? Promise.resolve(true);
  }

  unsaved(): boolean {
    return this.autosaveSignal()?.unsaved() ?? false;
  }

  /**
   * Before asking to submit: every score and comment by the domain's rule, each missing one marked
   * (and from now on checked as the evaluator types). Null when nothing is missing, else the summary.
   */
  preflight(): string | null {
    const sheet = this.sheetSignal();
    const form = this.formSignal();
    if (!sheet || !form || this.locked()) return null;
    requireEverything(form);
    const problems = scoreSheetProblems(sheet.grid, sheetScores(sheet.grid, form), 'submission');
    if (problems.length === 0) return null;
    return this.t('submit.problems', { count: problems.length });
  }

  /** Waits for a save in flight, then submits the sheet as it stands. The caller has confirmed. */
  async submit(): Promise<SubmitOutcome> {
    const sheet = this.sheetSignal();
    const form = this.formSignal();
    if (!sheet || !form) return { kind: 'refused', message: this.t('submit.failed') };
    this.submittingSignal.set(true);
    // Nothing changes while the sheet is on its way: a change then would only meet a locked sheet.
    form.disable({ emitEvent: false });
    try {
      // The submission carries the sheet itself, so only a save already in flight needs waiting for.
      const autosave = this.autosaveSignal();
      autosave?.discard();
      if (autosave && !(await autosave.settle())) autosave.discard();
      const scores = sheetScores(sheet.grid, form);
      const submitted = await firstValueFrom(this.api.submit(this.id, { scores }));
      this.autosaveSignal()?.discard();
      this.take(submitted);
      return { kind: 'submitted' };
    } catch (error: unknown) {
      // Enabled before the API's marks go on: enabling validates afresh, which would clear them.
      form.enable({ emitEvent: false });
      return this.refused(error, sheetScores(sheet.grid, form));
    } finally {
      this.submittingSignal.set(false);
    }
  }

  private refused(error: unknown, sent: CriterionScoreDto[]): SubmitOutcome {
    const failure = toApiFailure(error);
    const code = problemCode(failure);
    if (code === 'evaluation_locked') void this.reloadLocked();
    const form = this.formSignal();
    const errors = failure.kind === 'problem' ? (failure.problem.errors ?? []) : [];
    if (form && errors.length > 0) {
      const unplaced = placeFieldErrors(form, errors, sent);
      const placed = errors.length - unplaced.length;
      const summary =
        placed > 0 ? this.t('submit.problems', { count: placed }) : describeApiFailure(failure, this.transloco);
      return { kind: 'refused', message: [summary, ...unplaced].join(' ') };
    }
    return { kind: 'refused', message: describeApiFailure(failure, this.transloco) };
  }

  /** The sheet was submitted meanwhile (another tab): show it as it now is, locked. */
  private async reloadLocked(): Promise<void> {
    this.autosaveSignal()?.discard();
    try {
      this.take(await firstValueFrom(this.api.sheet(this.id)));
    } catch {
      // The page keeps what it shows; the message already says why nothing was saved.
    }
  }

  /** Takes a sheet from the API: a fresh form and autosave, read-only once submitted. */
  private take(sheet: EvaluationSheetDto): void {
    this.formChanges?.unsubscribe();
    this.autosaveSignal()?.dispose();
    const form = buildSheetForm(sheet.grid, sheet.scores);
    const autosave = new SheetAutosave(
      {
        save: (scores) => this.api.saveScores(this.id, { scores }),
        saved: (saved) => this.sheetSignal.update((current) => (current ? { ...current, ...pick(saved) } : saved)),
        failed: (error, sent) => this.saveFailed(error, sent),
      },
      sheet.updatedAt,
    );
    if (sheet.status === 'submitted') form.disable({ emitEvent: false });
    this.sheetSignal.set(sheet);
    this.formSignal.set(form);
    this.autosaveSignal.set(autosave);
    this.scoresSignal.set(sheetScores(sheet.grid, form));
    this.formChanges = form.valueChanges.subscribe(() => {
      const scores = sheetScores(sheet.grid, form);
      this.scoresSignal.set(scores);
      if (!this.locked()) autosave.change(scores);
    });
  }

  private saveFailed(error: unknown, sent: CriterionScoreDto[]): SheetSaveFailure {
    const failure = toApiFailure(error);
    const code = problemCode(failure);
    const form = this.formSignal();
    if (code === 'evaluation_locked') void this.reloadLocked();
    else if (form && failure.kind === 'problem' && failure.problem.errors?.length) {
      placeFieldErrors(form, failure.problem.errors, sent);
    }
    return { reason: describeApiFailure(failure, this.transloco), code };
  }

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(`evaluations.sheet.${key}`, params);
  }
}

/** What a save changes on the page's copy of the sheet; the form keeps what the evaluator typed since. */
function pick(sheet: EvaluationSheetDto): Partial<EvaluationSheetDto> {
  const { status, points, updatedAt, submittedAt } = sheet;
  return { status, points, updatedAt, submittedAt };
}
