import { Signal, WritableSignal, computed, signal } from '@angular/core';
import type { ApplicationDto, ApplicationSectionDto, ApplicationSectionKey } from '@skema/contracts';
import { Observable, Subscription } from 'rxjs';

/** Quiet time after the last keystroke before a section saves. */
export const AUTOSAVE_DELAY_MS = 1_500;

export type SectionContent = Record<string, unknown>;

/** Why a save failed, as the page will say it, and the API's code when it gave one. */
export interface SaveFailure {
  readonly reason: string;
  readonly code: string | null;
}

/** What a section's status line says. */
export type AutosaveState =
  /** Nothing saved yet, nothing typed. */
  | { readonly kind: 'idle' }
  /** Typed, waiting for the person to pause. */
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  /** The last save, by this person (`mine`) or, when loaded, by whoever saved it. */
  | { readonly kind: 'saved'; readonly at: string | null; readonly by: string | null; readonly mine: boolean }
  | { readonly kind: 'failed'; readonly reason: string; readonly code: string | null }
  /**
   * Someone saved the section since this person loaded it: their version stands, this person's
   * changes are kept here unsaved until they choose (load theirs, or keep mine over it).
   */
  | { readonly kind: 'conflict'; readonly by: string | null; readonly at: string | null };

/** What the autosave needs from the page: the requests, and where their results go. */
export interface SectionSaver {
  save(section: ApplicationSectionKey, version: number, content: SectionContent): Observable<ApplicationDto>;
  /** The application as it stands now (after a conflict), also taken in by the page. */
  latest(): Observable<ApplicationDto>;
  /** A save went through: the page takes the new application (status, checklist). */
  saved(application: ApplicationDto): void;
  describe(error: unknown): SaveFailure;
}

/**
 * The server's content at the moments the form must be (re)filled from it: on load, and after "load
 * their version". A form fills from `current()` whenever this changes.
 */
export interface LoadedContent {
  readonly content: SectionContent | null;
  readonly version: number;
}

const sectionOf = (application: ApplicationDto, key: ApplicationSectionKey): ApplicationSectionDto | undefined =>
  application.sections.find((section) => section.key === key);

/**
 * Saves one section as the person types: after a pause, one request at a time, always the latest
 * content (what is typed while a save is in flight goes right after it). The version it sends is the
 * one it last read or saved; a colleague's save in between makes the API refuse (409
 * `section_conflict`), and then nothing more is saved until the person chooses what stands.
 */
export class SectionAutosave {
  private version: number;
  /** The person's latest content not yet saved (null when everything is saved). */
  private pending: SectionContent | null = null;
  /** What the form holds now, saved or not: a form opened again shows this, not the first load. */
  private latest: SectionContent | null;
  private inFlight: Subscription | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private readonly stateSignal: WritableSignal<AutosaveState>;
  private readonly loadedSignal: WritableSignal<LoadedContent>;
  private readonly dirty = signal(false);
  private readonly sending = signal(false);

  readonly state: Signal<AutosaveState>;
  readonly loaded: Signal<LoadedContent>;
  /** Changes that are not (yet) on the server: worth a warning before leaving. */
  readonly unsaved = computed(() => this.dirty() || this.sending());

  constructor(
    readonly key: ApplicationSectionKey,
    section: ApplicationSectionDto,
    private readonly saver: SectionSaver,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {
    this.version = section.version;
    this.latest = section.content;
    this.stateSignal = signal<AutosaveState>(
      section.updatedAt
        ? { kind: 'saved', at: section.updatedAt, by: section.updatedBy, mine: false }
        : { kind: 'idle' },
    );
    this.loadedSignal = signal<LoadedContent>({ content: section.content, version: section.version });
    this.state = this.stateSignal.asReadonly();
    this.loaded = this.loadedSignal.asReadonly();
  }

  /** The form changed: save its content after a pause (or keep it, unsaved, during a conflict). */
  change(content: SectionContent): void {
    this.pending = content;
    this.latest = content;
    this.dirty.set(true);
    if (this.stateSignal().kind === 'conflict') return;
    if (!this.inFlight) this.stateSignal.set({ kind: 'pending' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Save now (the person left the field or the section); a no-op when nothing is waiting. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending === null || this.inFlight || this.stateSignal().kind === 'conflict') return;
    const content = this.pending;
    this.pending = null;
    this.dirty.set(false);
    this.sending.set(true);
    this.stateSignal.set({ kind: 'saving' });
    this.inFlight = this.saver.save(this.key, this.version, content).subscribe({
      next: (application) => this.onSaved(application),
      error: (error: unknown) => this.onFailed(error, content),
    });
  }

  /** Discards this person's unsaved changes and fills the form with the colleague's version. */
  loadTheirs(): Observable<void> {
    return this.refetch((section) => {
      this.pending = null;
      this.latest = section.content;
      this.dirty.set(false);
      this.version = section.version;
      this.loadedSignal.set({ content: section.content, version: section.version });
      this.stateSignal.set({ kind: 'saved', at: section.updatedAt, by: section.updatedBy, mine: false });
    });
  }

  /** Saves this person's content over the colleague's version: an explicit choice, never automatic. */
  keepMine(): Observable<void> {
    return this.refetch((section) => {
      this.version = section.version;
      this.stateSignal.set({ kind: 'pending' });
      this.flush();
    });
  }

  /** The content a form should show when it opens: the person's latest, or the server's. */
  current(): SectionContent | null {
    return this.latest;
  }

  /** The page is going away: stop waiting (a save in flight still completes). */
  dispose(): void {
    clearTimeout(this.timer);
  }

  private refetch(apply: (section: ApplicationSectionDto) => void): Observable<void> {
    return new Observable<void>((subscriber) =>
      this.saver.latest().subscribe({
        next: (application) => {
          const section = sectionOf(application, this.key);
          if (section) apply(section);
          subscriber.next();
          subscriber.complete();
        },
        error: (error: unknown) => subscriber.error(error),
      }),
    );
  }

  private onSaved(application: ApplicationDto): void {
    this.inFlight = null;
    this.sending.set(false);
    const section = sectionOf(application, this.key);
    if (section) this.version = section.version;
    this.saver.saved(application);
    this.stateSignal.set({ kind: 'saved', at: section?.updatedAt ?? null, by: section?.updatedBy ?? null, mine: true });
    // What was typed meanwhile goes next, without another pause.
    if (this.pending !== null) this.flush();
  }

  private onFailed(error: unknown, content: SectionContent): void {
    this.inFlight = null;
    this.sending.set(false);
    // The failed content is still the person's latest unless they typed since.
    this.pending ??= content;
    this.dirty.set(true);
    const failure = this.saver.describe(error);
    if (failure.code === 'section_conflict') {
      clearTimeout(this.timer);
      this.stateSignal.set({ kind: 'conflict', by: null, at: null });
      // Who saved, and when, for the banner; the version itself stays until the person chooses.
      this.saver.latest().subscribe({
        next: (application) => {
          const section = sectionOf(application, this.key);
          if (this.stateSignal().kind === 'conflict') {
            this.stateSignal.set({ kind: 'conflict', by: section?.updatedBy ?? null, at: section?.updatedAt ?? null });
          }
        },
        error: () => undefined,
      });
      return;
    }
    this.stateSignal.set({ kind: 'failed', reason: failure.reason, code: failure.code });
  }
}
