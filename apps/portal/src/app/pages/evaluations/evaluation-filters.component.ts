import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { DECLARATIONS, Declaration } from '@skema/contracts';
import {
  EvaluationFilters,
  NO_EVALUATION_FILTERS,
  SHEET_STATES,
  SheetState,
  hasEvaluationFilters,
  sameEvaluationFilters,
} from './evaluations-query';

/** The list's filters: declaration, score sheet, call. Each choice applies at once. */
@Component({
  selector: 'sk-evaluation-filters',
  imports: [MatButton, MatFormField, MatIcon, MatLabel, MatOption, MatSelect, ReactiveFormsModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      *transloco="let t; prefix: 'evaluations'"
      class="filters"
      role="search"
      [formGroup]="form"
      [attr.aria-label]="t('list.filters.label')"
    >
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ t('list.filters.declaration') }}</mat-label>
        <mat-select formControlName="declaration" class="filter-declaration">
          <mat-option [value]="null">{{ t('list.filters.anyDeclaration') }}</mat-option>
          @for (declaration of declarations; track declaration) {
            <mat-option [value]="declaration">{{ t('states.declaration.' + declaration) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ t('list.filters.sheet') }}</mat-label>
        <mat-select formControlName="sheet" class="filter-sheet">
          <mat-option [value]="null">{{ t('list.filters.anySheet') }}</mat-option>
          @for (sheet of sheets; track sheet) {
            <mat-option [value]="sheet">{{ t('states.sheet.' + sheet) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ t('list.filters.call') }}</mat-label>
        <mat-select formControlName="callId" class="filter-call">
          <mat-option [value]="null">{{ t('list.filters.anyCall') }}</mat-option>
          @for (call of calls(); track call.id) {
            <mat-option [value]="call.id">{{ call.reference }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (filtered()) {
        <div class="filters__actions">
          <button mat-button type="button" class="clear" (click)="clear()">
            <mat-icon aria-hidden="true">filter_alt_off</mat-icon>{{ t('list.filters.clear') }}
          </button>
        </div>
      }
    </form>
  `,
  styles: `
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
      gap: 12px 16px;
      align-items: start;
      margin-bottom: 16px;
    }
    .filters__actions {
      display: flex;
      align-items: center;
      min-height: 56px;
    }
  `,
})
export class EvaluationFiltersComponent {
  /** The filters in force (from the address bar). */
  readonly filters = input.required<EvaluationFilters>();
  readonly calls = input.required<readonly { id: string; reference: string }[]>();
  readonly filtersChange = output<EvaluationFilters>();

  protected readonly declarations = DECLARATIONS;
  protected readonly sheets = SHEET_STATES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    declaration: null as Declaration | null,
    sheet: null as SheetState | null,
    callId: null as string | null,
  });
  protected readonly filtered = computed(() => hasEvaluationFilters(this.filters()));

  constructor() {
    // Back, forward or a shared link change the filters from outside: show them without re-emitting.
    effect(() => {
      const { declaration, sheet, callId } = this.filters();
      this.form.setValue({ declaration, sheet, callId }, { emitEvent: false });
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      const next = this.form.getRawValue();
      if (!sameEvaluationFilters(next, this.filters())) this.filtersChange.emit(next);
    });
  }

  protected clear(): void {
    this.form.setValue({ ...NO_EVALUATION_FILTERS }, { emitEvent: false });
    this.filtersChange.emit(NO_EVALUATION_FILTERS);
  }
}
