import { DestroyRef, Directive, ElementRef, OnInit, effect, inject, input, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, FormArray } from '@angular/forms';
import { APPLICATION_CONTENT_LIMITS } from '@skema/contracts';
import { SectionAutosave, SectionContent } from '../autosave/section-autosave';

/**
 * What every section form shares: it fills itself from its autosave's latest content (on opening,
 * and after "load their version"), hands each change to its autosave, saves at once when focus
 * leaves it or it closes, and is read-only when the application may not be edited. Filling never
 * counts as a change.
 */
@Directive({ host: { '(focusout)': 'saveNow()' } })
export abstract class SectionFormDirective<C extends object> implements OnInit {
  readonly autosave = input.required<SectionAutosave>();
  readonly editable = input(false);

  protected abstract readonly form: AbstractControl;
  /** Reads the saved JSON into this section's shape (blanks where it has nothing). */
  protected abstract readonly read: (json: SectionContent | null) => C;
  /** Writes content into the form without emitting changes. */
  protected abstract fill(content: C): void;
  /** The form's value as the section's content. */
  protected abstract content(): C;

  private readonly destroyRef = inject(DestroyRef);

  constructor() {
    effect(() => {
      const autosave = this.autosave();
      autosave.loaded();
      untracked(() => {
        // The latest content, not the first load: a section opened again shows what was typed.
        this.fill(this.read(autosave.current()));
        this.applyEditable(this.editable());
      });
    });
    effect(() => {
      const editable = this.editable();
      untracked(() => this.applyEditable(editable));
    });
  }

  ngOnInit(): void {
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      if (this.editable()) this.autosave().change(this.content() as SectionContent);
    });
    // Leaving the section (another one opened, the page closed) saves what is waiting.
    this.destroyRef.onDestroy(() => this.autosave().flush());
  }

  protected saveNow(): void {
    this.autosave().flush();
  }

  private applyEditable(editable: boolean): void {
    if (editable) this.form.enable({ emitEvent: false });
    else this.form.disable({ emitEvent: false });
  }
}

/** A section's list: its rows, how a row is made (blank without a value), its first field's id. */
export interface SectionList<V, R extends AbstractControl> {
  readonly rows: FormArray<R>;
  readonly row: (value?: V) => R;
  /** Takes focus when a row is added. */
  readonly firstFieldId: (index: number) => string;
}

/**
 * A section built around a list (activities, indicators, planned groups, partners, budget lines):
 * rows are added up to the limit, the new row's first field takes focus, and rows are removed.
 */
@Directive()
export abstract class ListSectionDirective<
  C extends object,
  V,
  R extends AbstractControl,
> extends SectionFormDirective<C> {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected abstract readonly list: SectionList<V, R>;

  /** Replaces the rows without emitting a change (filling from the server is not an edit). */
  protected fillRows(values: readonly V[]): void {
    const { rows, row } = this.list;
    rows.clear({ emitEvent: false });
    values.forEach((value) => rows.push(row(value), { emitEvent: false }));
  }

  protected canAdd(): boolean {
    return this.editable() && this.list.rows.length < APPLICATION_CONTENT_LIMITS.listMaxItems;
  }

  protected add(): void {
    const { rows, row, firstFieldId } = this.list;
    rows.push(row());
    const id = firstFieldId(rows.length - 1);
    // Once the row is rendered.
    setTimeout(() => this.host.nativeElement.ownerDocument.getElementById(id)?.focus());
  }

  protected remove(index: number): void {
    this.list.rows.removeAt(index);
  }
}
