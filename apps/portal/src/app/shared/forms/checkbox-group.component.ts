import { ChangeDetectionStrategy, Component, forwardRef, input, signal } from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';

export interface CheckboxOption<T extends string = string> {
  readonly value: T;
  readonly label: string;
}

let nextId = 0;

/**
 * Several choices out of a short list (regions, areas of work, roles) as one form value, a `string[]`.
 * Checkboxes rather than a multi-select: every option stays visible, and each is one Tab stop with its
 * own label. The group is a fieldset whose legend names it and whose message says what is wrong.
 */
@Component({
  selector: 'sk-checkbox-group',
  imports: [MatCheckbox],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => CheckboxGroupComponent), multi: true }],
  template: `
    <fieldset class="sk-fieldset" [attr.aria-describedby]="error() ? errorId : null">
      <legend>{{ legend() }}</legend>
      <div class="sk-checkbox-group">
        @for (option of options(); track option.value) {
          <mat-checkbox
            [checked]="selected().includes(option.value)"
            [disabled]="disabled()"
            (change)="toggle(option.value, $event.checked)"
          >
            {{ option.label }}
          </mat-checkbox>
        }
      </div>
      @if (error()) {
        <p class="sk-fieldset__error" [id]="errorId">{{ error() }}</p>
      }
    </fieldset>
  `,
  styles: `
    .sk-checkbox-group {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
      gap: 0 16px;
    }
  `,
})
export class CheckboxGroupComponent implements ControlValueAccessor {
  readonly legend = input.required<string>();
  readonly options = input.required<readonly CheckboxOption[]>();
  /** The message to show, already decided by the form (empty when none is due yet). */
  readonly error = input<string>('');

  protected readonly errorId = `sk-checkbox-group-error-${nextId++}`;
  protected readonly selected = signal<readonly string[]>([]);
  protected readonly disabled = signal(false);

  private onChange: (value: string[]) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  writeValue(value: readonly string[] | null): void {
    this.selected.set(value ?? []);
  }

  registerOnChange(fn: (value: string[]) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected toggle(value: string, checked: boolean): void {
    const current = this.selected().filter((item) => item !== value);
    // Keep the order of the options, not of the clicks: the API and people read them that way.
    const next = checked
      ? this.options()
          .map((option) => option.value)
          .filter((item) => item === value || current.includes(item))
      : current;
    this.selected.set(next);
    this.onChange(next);
    this.onTouched();
  }
}
