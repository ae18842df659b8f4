import { Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl } from '@angular/forms';
import { map, startWith, switchMap } from 'rxjs';

/**
 * A form control's raw value as a signal, following the control given by a signal input: computed
 * totals (Σ envelopes, grid maxima) then update as the person types, inside OnPush views. Undefined
 * only before the input is first read. Call in an injection context (a field initialiser).
 */
export function liveValue<C extends AbstractControl>(control: Signal<C>): Signal<ReturnType<C['getRawValue']> | undefined> {
  return toSignal(
    toObservable(control).pipe(
      switchMap((c) =>
        c.valueChanges.pipe(
          startWith(null),
          map(() => c.getRawValue() as ReturnType<C['getRawValue']>),
        ),
      ),
    ),
  );
}
