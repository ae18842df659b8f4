import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import { APPLICATION_SECTIONS, ApplicationDto, ApplicationSectionKey, FieldError } from '@skema/contracts';
import {
  Observable,
  Subject,
  Subscription,
  catchError,
  filter,
  firstValueFrom,
  map,
  of,
  switchMap,
  tap,
  timeout,
  timer,
} from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { ApiFailure, describeApiFailure, isProblemDetails, toApiFailure } from '../../core/http/api-failure';
import { ApplicationApi, ApplicationCall } from './application-api';
import { SaveFailure, SectionAutosave, SectionSaver } from './autosave/section-autosave';

/** The parts of the page a person moves between: the sections, the documents, the history. */
export type EditorView = ApplicationSectionKey | 'attachments' | 'history';
export const EDITOR_VIEWS: readonly EditorView[] = [...APPLICATION_SECTIONS, 'attachments', 'history'];

export function isEditorView(value: unknown): value is EditorView {
  return typeof value === 'string' && (EDITOR_VIEWS as readonly string[]).includes(value);
}

/** Every few seconds for about two minutes: a receipt normally takes a few seconds to make. */
export const RECEIPT_POLL_MS = 3_000;
export const RECEIPT_POLL_TIMES = 40;

export type LoadState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly failure: ApiFailure }
  | { readonly kind: 'loaded' };

export type SubmitOutcome =
  | { readonly kind: 'submitted' }
  | { readonly kind: 'refused'; readonly message: string; readonly errors: readonly FieldError[] };

/** A Blob's text; FileReader rather than `Blob.text()`, which some environments (jsdom) lack. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** Reads a failed blob request's problem details, which arrive as a Blob rather than parsed JSON. */
export async function blobFailure(error: unknown): Promise<ApiFailure> {
  if (error instanceof HttpErrorResponse && error.error instanceof Blob) {
    try {
      const body: unknown = JSON.parse(await readText(error.error));
      if (isProblemDetails(body)) return { kind: 'problem', status: error.status, problem: body };
    } catch {
      // Not JSON: described below from the status alone.
    }
    return toApiFailure(new HttpErrorResponse({ status: error.status, error: null }));
  }
  return toApiFailure(error);
}

export function problemCode(failure: ApiFailure): string | null {
  return failure.kind === 'problem' ? failure.problem.code : null;
}

/**
 * The state of one application page: the application as the API last gave it, its call, what is
 * missing, the clock (the server's), and one autosave per section. Provided by the page component,
 * so it lives and dies with it.
 */
@Injectable()
export class ApplicationEditor {
  private readonly api = inject(ApplicationApi);
  private readonly auth = inject(AuthService);
  private readonly transloco = inject(TranslocoService);

  private readonly applicationSignal = signal<ApplicationDto | null>(null);
  private readonly callSignal = signal<ApplicationCall | null>(null);
  private readonly checklistSignal = signal<readonly FieldError[] | null>(null);
  private readonly loadStateSignal = signal<LoadState>({ kind: 'loading' });
  private readonly autosaveList = signal<readonly SectionAutosave[]>([]);
  private readonly receiptWait = signal<'idle' | 'waiting' | 'gave_up'>('idle');
  private readonly callUnavailable = signal(false);
  /** Server time minus this device's time, from the call's `serverTime`. */
  private clockOffsetMs = 0;
  private readonly clock = signal(Date.now());

  private readonly checklistRequests = new Subject<void>();
  private polling: Subscription | null = null;
  private id = '';

  readonly application = this.applicationSignal.asReadonly();
  readonly call = this.callSignal.asReadonly();
  readonly checklist = this.checklistSignal.asReadonly();
  readonly loadState = this.loadStateSignal.asReadonly();
  readonly autosaves = this.autosaveList.asReadonly();
  readonly receiptWaiting = this.receiptWait.asReadonly();
  readonly callMissing = this.callUnavailable.asReadonly();
  /** Now, by the server's clock (ticks every second). */
  readonly now = this.clock.asReadonly();

  /** Applicants draft; programme managers read submitted applications and change nothing. */
  readonly canDraft = computed(() => this.auth.can('applications.draft'));
  readonly deadlinePassed = computed(() => {
    const application = this.applicationSignal();
    return application !== null && this.clock() >= Date.parse(application.call.deadline);
  });
  readonly editable = computed(
    () => this.canDraft() && this.applicationSignal()?.status === 'draft' && !this.deadlinePassed(),
  );
  readonly canWithdraw = computed(
    () => this.canDraft() && this.applicationSignal()?.status === 'submitted' && !this.deadlinePassed(),
  );
  readonly unsaved = computed(() => this.autosaveList().some((autosave) => autosave.unsaved()));
  private readonly saving$ = toObservable(
    computed(() => this.autosaveList().some((autosave) => autosave.state().kind === 'saving')),
  );

  private readonly saver: SectionSaver = {
    save: (section, version, content) => this.api.saveSection(this.id, section, { version, content }),
    latest: () => this.api.get(this.id).pipe(tap((application) => this.applicationSignal.set(application))),
    saved: (application) => {
      this.applicationSignal.set(application);
      this.refreshChecklist();
    },
    describe: (error) => this.describeSaveFailure(error),
  };

  constructor() {
    const destroyRef = inject(DestroyRef);
    const ticker = setInterval(() => this.clock.set(Date.now() + this.clockOffsetMs), 1_000);
    const checklist = this.checklistRequests
      .pipe(switchMap(() => this.api.checklist(this.id).pipe(catchError(() => of(null)))))
      .subscribe((items) => {
        if (items) this.checklistSignal.set(items);
      });
    destroyRef.onDestroy(() => {
      clearInterval(ticker);
      checklist.unsubscribe();
      this.polling?.unsubscribe();
      this.autosaveList().forEach((autosave) => autosave.dispose());
    });
  }

  async load(id: string): Promise<void> {
    this.id = id;
    this.loadStateSignal.set({ kind: 'loading' });
    try {
      const application = await firstValueFrom(this.api.get(id));
      this.applicationSignal.set(application);
      this.autosaveList.set(
        application.sections.map((section) => new SectionAutosave(section.key, section, this.saver)),
      );
      this.loadStateSignal.set({ kind: 'loaded' });
      this.loadCall(application.call.id);
      this.refreshChecklist();
      if (application.receipt?.status === 'pending') this.waitForReceipt();
    } catch (error: unknown) {
      this.loadStateSignal.set({ kind: 'failed', failure: toApiFailure(error) });
    }
  }

  autosaveOf(key: ApplicationSectionKey): SectionAutosave | undefined {
    return this.autosaveList().find((autosave) => autosave.key === key);
  }

  /** Saves whatever is waiting in every section (leaving a section, the page, or submitting). */
  flushAll(): void {
    this.autosaveList().forEach((autosave) => autosave.flush());
  }

  /**
   * Saves what is waiting and waits (a few seconds at most) for the saves in flight; true when
   * nothing is left unsaved, false when something could not be saved (a conflict, a failure).
   */
  async settle(timeoutMs = 10_000): Promise<boolean> {
    this.flushAll();
    if (!this.unsaved()) return true;
    const saved = await firstValueFrom(
      this.saving$.pipe(
        filter((saving) => !saving),
        map(() => true),
        timeout({ first: timeoutMs, with: () => of(false) }),
      ),
    );
    return saved && !this.unsaved();
  }

  /** The application as it stands now (after an upload, a refused save, a deadline). */
  async reload(): Promise<ApplicationDto | null> {
    try {
      const application = await firstValueFrom(this.api.get(this.id));
      this.applicationSignal.set(application);
      this.refreshChecklist();
      return application;
    } catch {
      return null;
    }
  }

  refreshChecklist(): void {
    if (this.canDraft() && this.applicationSignal()?.status === 'draft') this.checklistRequests.next();
  }

  async submit(): Promise<SubmitOutcome> {
    // The API checks what is saved: every change goes first, or the submission waits.
    if (!(await this.settle())) {
      return { kind: 'refused', message: this.transloco.translate('application.submission.unsaved'), errors: [] };
    }
    try {
      const application = await firstValueFrom(this.api.submit(this.id));
      this.applicationSignal.set(application);
      this.checklistSignal.set([]);
      this.waitForReceipt();
      return { kind: 'submitted' };
    } catch (error: unknown) {
      const failure = toApiFailure(error);
      const errors = failure.kind === 'problem' ? (failure.problem.errors ?? []) : [];
      if (problemCode(failure) === 'application_incomplete') this.checklistSignal.set(errors);
      else void this.reload();
      return { kind: 'refused', message: describeApiFailure(failure, this.transloco), errors };
    }
  }

  /** Withdraws; resolves to the reason when the API refused. */
  async withdraw(): Promise<string | null> {
    try {
      this.applicationSignal.set(await firstValueFrom(this.api.withdraw(this.id)));
      this.stopWaitingForReceipt();
      return null;
    } catch (error: unknown) {
      void this.reload();
      return describeApiFailure(toApiFailure(error), this.transloco);
    }
  }

  /** Asks for the application every few seconds until its receipt is ready (or about two minutes passed). */
  waitForReceipt(): void {
    this.polling?.unsubscribe();
    this.receiptWait.set('waiting');
    let asked = 0;
    this.polling = timer(RECEIPT_POLL_MS, RECEIPT_POLL_MS)
      .pipe(switchMap(() => this.api.get(this.id).pipe(catchError(() => of(null)))))
      .subscribe((application) => {
        asked += 1;
        if (application) this.applicationSignal.set(application);
        if (application?.receipt?.status === 'ready') this.stopWaitingForReceipt('idle');
        else if (asked >= RECEIPT_POLL_TIMES) this.stopWaitingForReceipt('gave_up');
      });
  }

  applicationId(): string {
    return this.id;
  }

  private stopWaitingForReceipt(state: 'idle' | 'gave_up' = 'idle'): void {
    this.polling?.unsubscribe();
    this.polling = null;
    this.receiptWait.set(state);
  }

  private loadCall(callId: string): void {
    // Calls past their public life (in evaluation and after) are still open to staff who manage calls.
    const staffView: Observable<ApplicationCall | null> = this.auth.can('calls.manage')
      ? this.api.managedCall(callId).pipe(catchError(() => of(null)))
      : of(null);
    const publicView: Observable<ApplicationCall | null> = this.api.publicCall(callId);
    publicView.pipe(catchError(() => staffView)).subscribe((call) => {
      if (!call) {
        this.callUnavailable.set(true);
        return;
      }
      if (call.serverTime) {
        this.clockOffsetMs = Date.parse(call.serverTime) - Date.now();
        this.clock.set(Date.now() + this.clockOffsetMs);
      }
      this.callSignal.set(call);
    });
  }

  private describeSaveFailure(error: unknown): SaveFailure {
    const failure = toApiFailure(error);
    const code = problemCode(failure);
    // The draft froze (deadline, submitted by a colleague): show it as it now is, read-only.
    if (code === 'application_not_editable') void this.reload();
    return { reason: describeApiFailure(failure, this.transloco), code };
  }
}
