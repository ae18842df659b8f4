import { DestroyRef, Directive, OnInit, effect, inject, input, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, FormArray } from '@angular/forms';
import { SectionAutosave, SectionContent } from '../autosave/section-autosave';

/**
 * What every section form shares: it fills itself from what the server last gave (on load, and
 * after "load their version"), hands each change to its autosave, saves at once when focus leaves
 * it, and is read-only when the application may not be edited. Filling never counts as a change.
 */
@Directive({ host: { '(focusout)': 'saveNow()' } })
export abstract class SectionFormDirective<C extends object> implements OnInit {
  readonly autosave = input.required<SectionAutosave>();
  readonly editable = input(false);

  protected abstract readonly form: AbstractControl;
  /** The saved JSON read into this section's shape (blanks where it has nothing). */
  protected abstract read(json: SectionContent | null): C;
  /** Writes content into the form without emitting changes. */
  protected abstract fill(content: C): void;
  /** The form's value as the section's content. */
  protected abstract content(): C;

  private readonly destroyRef = inject(DestroyRef);

  constructor() {
    effect(() => {
      const loaded = this.autosave().loaded();
      untracked(() => {
        this.fill(this.read(loaded.content));
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
  }

  protected saveNow(): void {
    this.autosave().flush();
  }

  private applyEditable(editable: boolean): void {
    if (editable) this.form.enable({ emitEvent: false });
    else this.form.disable({ emitEvent: false });
  }
}

/** Replaces a list's rows without emitting a change (filling from the server is not an edit). */
export function replaceRows<T extends AbstractControl>(array: FormArray<T>, rows: readonly T[]): void {
  array.clear({ emitEvent: false });
  rows.forEach((row) => array.push(row, { emitEvent: false }));
}

/** Moves focus to the first field of a list's row after it was added (once it is rendered). */
export function focusRow(host: HTMLElement, id: string): void {
  setTimeout(() => host.ownerDocument.getElementById(id)?.focus());
}
