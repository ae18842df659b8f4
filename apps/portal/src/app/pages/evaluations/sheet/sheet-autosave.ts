import { Signal, computed, signal } from '@angular/core';
import type { CriterionScoreDto, EvaluationSheetDto } from '@skema/contracts';
import { Observable, Subscription } from 'rxjs';

/** Quiet time after the last change before the sheet saves (as the application editor's sections). */
export const SHEET_AUTOSAVE_DELAY_MS = 1_500;

export interface SheetSaveFailure {
  readonly reason: string;
  readonly code: string | null;
}

/** What the save status line says. */
export type SheetSaveState =
  /** Nothing changed since the sheet was loaded, and it was never saved. */
  | { readonly kind: 'idle' }
  /** Changed, waiting for the evaluator to pause. */
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  /** The last save: by this visit (`mine`, the time) or, when loaded, whenever it was. */
  | { readonly kind: 'saved'; readonly at: string | null; readonly mine: boolean }
  | { readonly kind: 'failed'; readonly reason: string; readonly code: string | null };

/** What the autosave needs from the page: the request, and where its outcome goes. */
export interface SheetSaver {
  save(scores: CriterionScoreDto[]): Observable<EvaluationSheetDto>;
  saved(sheet: EvaluationSheetDto, sent: CriterionScoreDto[]): void;
  failed(error: unknown, sent: CriterionScoreDto[]): SheetSaveFailure;
}

/**
 * Saves the score sheet as the evaluator works: after a pause, one request at a time, always the
 * whole sheet as it stands (what changes while a save is in flight goes right after it). A sheet has
 * one author, so there is no version to race; a submitted one refuses saves (409), which the page
 * turns into the locked view.
 */
export class SheetAutosave {
  private pending: CriterionScoreDto[] | null = null;
  private inFlight: Subscription | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiters: (() => void)[] = [];

  private readonly stateSignal = signal<SheetSaveState>({ kind: 'idle' });
  private readonly dirty = signal(false);
  private readonly sending = signal(false);

  readonly state: Signal<SheetSaveState> = this.stateSignal.asReadonly();
  /** Changes that are not (yet) on the server: worth a question before leaving. */
  readonly unsaved = computed(() => this.dirty() || this.sending());

  constructor(
    private readonly saver: SheetSaver,
    lastSavedAt: string | null,
    private readonly delayMs = SHEET_AUTOSAVE_DELAY_MS,
  ) {
    if (lastSavedAt) this.stateSignal.set({ kind: 'saved', at: lastSavedAt, mine: false });
  }

  /** The sheet changed: save it after a pause. */
  change(scores: CriterionScoreDto[]): void {
    this.pending = scores;
    this.dirty.set(true);
    if (!this.inFlight) this.stateSignal.set({ kind: 'pending' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Save now (focus left a field, the page is closing, a retry); a no-op when nothing waits. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending === null || this.inFlight) return;
    const scores = this.pending;
    this.pending = null;
    this.dirty.set(false);
    this.sending.set(true);
    this.stateSignal.set({ kind: 'saving' });
    this.inFlight = this.saver.save(scores).subscribe({
      next: (sheet) => this.onSaved(sheet, scores),
      error: (error: unknown) => this.onFailed(error, scores),
    });
  }

  /**
   * Saves what waits and waits for the save in flight (a few seconds at most): true when nothing is
   * left unsaved. Submitting and leaving the page go through here first.
   */
  settle(timeoutMs = 10_000): Promise<boolean> {
    this.flush();
    if (!this.sending()) return Promise.resolve(!this.unsaved());
    return new Promise((resolve) => {
      const timeout = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timeout);
        resolve(!this.unsaved());
      });
    });
  }

  /** Drops what waits without saving it (the sheet is being submitted with it, or was locked). */
  discard(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = null;
    this.dirty.set(false);
  }

  /** The page is going away: stop waiting (a save in flight still completes). */
  dispose(): void {
    clearTimeout(this.timer);
  }

  private onSaved(sheet: EvaluationSheetDto, sent: CriterionScoreDto[]): void {
    this.inFlight = null;
    this.sending.set(false);
    this.saver.saved(sheet, sent);
    this.stateSignal.set({ kind: 'saved', at: sheet.updatedAt, mine: true });
    // What changed meanwhile goes next, without another pause.
    if (this.pending !== null) this.flush();
    else this.release();
  }

  private onFailed(error: unknown, sent: CriterionScoreDto[]): void {
    this.inFlight = null;
    this.sending.set(false);
    // The failed sheet is still the latest unless the evaluator changed it since.
    this.pending ??= sent;
    this.dirty.set(true);
    const failure = this.saver.failed(error, sent);
    this.stateSignal.set({ kind: 'failed', reason: failure.reason, code: failure.code });
    this.release();
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((wake) => wake());
  }
}
