import { FormArray } from '@angular/forms';

/** Moves an item of an editable list, keeping its control (and what was typed in it). */
export function moveControl(array: FormArray, from: number, to: number): void {
  if (to < 0 || to >= array.length || from === to) return;
  const control = array.controls[from];
  array.removeAt(from, { emitEvent: false });
  array.insert(to, control);
  array.markAsDirty();
}

/** Removes an item; the list is then changed, whatever was in the item. */
export function removeControl(array: FormArray, index: number): void {
  array.removeAt(index);
  array.markAsDirty();
}

/**
 * Puts focus on the field for a form path (`eligibility.3.text.sq`) once the view shows it, e.g.
 * after adding an item or when following a link from the list of problems. Fields carry their path
 * in `data-path`. Returns false when no such field is on the page.
 */
export function focusPath(root: HTMLElement, path: string): boolean {
  const field = root.querySelector<HTMLElement>(`[data-path="${path}"]`);
  if (!field) return false;
  field.scrollIntoView?.({ block: 'center' });
  field.focus();
  return true;
}

/** The same after the next render, for a field that is about to appear. */
export function focusPathSoon(root: HTMLElement, path: string): void {
  setTimeout(() => focusPath(root, path));
}

/**
 * After a move, the same button of the moved item, so the keyboard user can keep moving it; at the
 * top or bottom of the list that button is disabled, so the other one.
 */
export function focusActionSoon(root: HTMLElement, itemSelector: string, action: string): void {
  const other: Record<string, string> = { up: 'down', down: 'up' };
  setTimeout(() => {
    const find = (name: string) => root.querySelector<HTMLElement>(`${itemSelector} [data-action="${name}"]:not([disabled])`);
    (find(action) ?? (other[action] ? find(other[action]) : null))?.focus();
  });
}
