import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatHint, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { APPLICATION_STATUSES, ApplicationStatus, REGION_CODES, REGION_NAMES, RegionCode } from '@skema/contracts';
import { debounceTime, merge } from 'rxjs';
import { LanguageService } from '../../core/i18n/language.service';
import { CallOption } from './applications-api';
import { ApplicationFilters, NO_FILTERS, SEARCH_MAX_LENGTH, hasFilters, sameFilters } from './applications-query';

/** Staff never see drafts (DESIGN §2), so the filter does not offer them. */
const STAFF_STATUSES = APPLICATION_STATUSES.filter((status) => status !== 'draft');

/**
 * The staff list's filters: call, lot (region), status and a search by CSO name or reference. Choices
 * apply at once; typing applies after a pause, one request per thought rather than per key.
 */
@Component({
  selector: 'sk-application-filters',
  imports: [
    MatButton,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatPrefix,
    MatSelect,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      *transloco="let t; prefix: 'applications'"
      class="filters"
      role="search"
      [formGroup]="form"
      [attr.aria-label]="t('filters.label')"
      (ngSubmit)="emit()"
    >
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ t('filters.search') }}</mat-label>
        <mat-icon matPrefix aria-hidden="true">search</mat-icon>
        <input matInput type="search" autocomplete="off" formControlName="q" [maxlength]="searchMaxLength" />
        <mat-hint>{{ t('filters.searchHint') }}</mat-hint>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ t('filters.call') }}</mat-label>
        <mat-select formControlName="callId">
          <mat-option [value]="null">{{ t('filters.anyCall') }}</mat-option>
          @for (call of callLabels(); track call.id) {
            <mat-option [value]="call.id">{{ call.label }}</mat-option>
          }
        </mat-select>
        @if (calls() === null) {
          <mat-hint>{{ t('filters.callsUnavailable') }}</mat-hint>
        }
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ t('filters.region') }}</mat-label>
        <mat-select formControlName="region">
          <mat-option [value]="null">{{ t('filters.anyRegion') }}</mat-option>
          @for (region of regionLabels(); track region.code) {
            <mat-option [value]="region.code">{{ region.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ t('filters.status') }}</mat-label>
        <mat-select formControlName="status">
          <mat-option [value]="null">{{ t('filters.anyStatus') }}</mat-option>
          @for (status of statuses; track status) {
            <mat-option [value]="status">{{ t('statuses.' + status) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (filtered()) {
        <div class="filters__actions">
          <button mat-button type="button" (click)="clear()">
            <mat-icon aria-hidden="true">filter_alt_off</mat-icon>{{ t('filters.clear') }}
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
export class ApplicationFiltersComponent {
  private readonly language = inject(LanguageService).language;

  /** The filters in force (from the address bar). */
  readonly filters = input.required<ApplicationFilters>();
  /** Calls to choose from; null when they could not be loaded (the list still works without). */
  readonly calls = input.required<readonly CallOption[] | null>();
  readonly filtersChange = output<ApplicationFilters>();

  /** The search last sent out, until the filters in force come back with it. */
  private emittedSearch: string | null = null;

  protected readonly searchMaxLength = SEARCH_MAX_LENGTH;
  protected readonly statuses = STAFF_STATUSES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    q: '',
    callId: null as string | null,
    region: null as RegionCode | null,
    status: null as ApplicationStatus | null,
  });
  /** Only the four filters: a new page or order of the same filters leaves the form alone. */
  private readonly inForce = computed(
    (): ApplicationFilters => {
      const { q, callId, region, status } = this.filters();
      return { q, callId, region, status };
    },
    { equal: sameFilters },
  );
  protected readonly filtered = computed(() => hasFilters(this.inForce()));
  protected readonly callLabels = computed(() => {
    const language = this.language();
    return (this.calls() ?? []).map((call) => ({ id: call.id, label: `${call.reference} · ${call.title[language]}` }));
  });
  protected readonly regionLabels = computed(() => {
    const language = this.language();
    return REGION_CODES.map((code) => ({ code, name: REGION_NAMES[code][language] }));
  });

  constructor() {
    // Back, forward or a shared link change the filters from outside: show them without re-emitting.
    // The echo of our own change keeps the search box as it is: the person may have typed on since.
    effect(() => {
      const { q, callId, region, status } = this.inForce();
      const shown = q === this.emittedSearch ? this.form.controls.q.value : q;
      this.emittedSearch = null;
      this.form.setValue({ q: shown, callId, region, status }, { emitEvent: false });
    });
    // No distinctUntilChanged: emit() compares with the filters in force, which may have been cleared.
    const typing = this.form.controls.q.valueChanges.pipe(debounceTime(300));
    const choosing = merge(
      this.form.controls.callId.valueChanges,
      this.form.controls.region.valueChanges,
      this.form.controls.status.valueChanges,
    );
    merge(typing, choosing)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.emit());
  }

  protected clear(): void {
    this.form.setValue({ ...NO_FILTERS }, { emitEvent: false });
    this.emittedSearch = '';
    this.filtersChange.emit(NO_FILTERS);
  }

  /** Enter in the search applies it at once, without waiting for the pause. */
  protected emit(): void {
    const { q, callId, region, status } = this.form.getRawValue();
    const next: ApplicationFilters = { q: q.trim(), callId, region, status };
    if (sameFilters(next, this.inForce())) return;
    this.emittedSearch = next.q;
    this.filtersChange.emit(next);
  }
}
