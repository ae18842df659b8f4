import { Signal, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';

export interface TranslatedOption<T extends string> {
  readonly value: T;
  readonly label: string;
}

/**
 * Labels for a list of codes (`roles.admin`, `legalForms.foundation`…) that follow a language switch.
 * It recomputes when the new language's dictionary has arrived, not when the switch is asked for:
 * translating in between would return the previous language's words and keep them.
 */
export function translatedOptions<T extends string>(
  values: readonly T[],
  keyPrefix: string,
): Signal<readonly TranslatedOption<T>[]> {
  const transloco = inject(TranslocoService);
  const dictionary = toSignal(transloco.selectTranslation());
  return computed(() => {
    dictionary();
    return values.map((value) => ({ value, label: transloco.translate(`${keyPrefix}.${value}`) }));
  });
}
