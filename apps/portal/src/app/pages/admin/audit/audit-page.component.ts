import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslocoDirective } from '@jsverse/transloco';
import { AUDIT_ACTIONS, AuditAction, AuditEntryDto, AuditSort, PAGE_SIZE_DEFAULT, Page } from '@skema/contracts';
import { Subject, combineLatest, debounceTime, startWith, switchMap } from 'rxjs';
import { startOfTiraneDay } from '../../../core/i18n/locale-format';
import { LOADING, Loadable, loadable } from '../../../shared/data/loadable';
import { ErrorStateComponent } from '../../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../../shared/loading/loading-indicator.component';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { PaginatorIntlService } from '../../../shared/table/paginator-intl.service';
import { AUDITED_ENTITIES, AuditApi, AuditQuery } from './audit-api';
import { changedFields } from './audit-change';

/** The calendar day after `2025-03-07`, as a date input writes it. */
function nextDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * The append-only log of every change (DESIGN §6): who, what, when, before and after. Filters narrow
 * it by table, row, action and Tirana calendar days; each entry opens to show its change.
 */
@Component({
  selector: 'sk-audit-page',
  imports: [
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatButton,
    MatFormField,
    MatHint,
    MatIcon,
    MatIconButton,
    MatInput,
    MatLabel,
    MatOption,
    MatPaginator,
    MatSelect,
    MatTableModule,
    ReactiveFormsModule,
    SkDatePipe,
    TranslocoDirective,
  ],
  providers: [PaginatorIntlService.provider],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-page.component.html',
  styleUrl: './audit-page.component.scss',
})
export class AuditPageComponent {
  private readonly api = inject(AuditApi);

  protected readonly actions = AUDIT_ACTIONS;
  protected readonly columns = ['occurredAt', 'actor', 'action', 'entity', 'expand'];
  protected readonly filters = inject(NonNullableFormBuilder).group({
    entity: '',
    entityId: '',
    action: null as AuditAction | null,
    from: '',
    to: '',
    sort: 'desc' as AuditSort,
  });
  private readonly filterValues = toSignal(this.filters.valueChanges, { initialValue: this.filters.getRawValue() });
  protected readonly entitySuggestions = computed(() => {
    const typed = (this.filterValues().entity ?? '').trim().toLowerCase();
    return AUDITED_ENTITIES.filter((entity) => entity.includes(typed));
  });

  protected readonly query = signal<AuditQuery>(this.toQuery(1, PAGE_SIZE_DEFAULT));
  protected readonly expanded = signal<string | null>(null);
  private readonly reloads = new Subject<void>();

  protected readonly state = toSignal(
    combineLatest([toObservable(this.query), this.reloads.pipe(startWith(undefined))]).pipe(
      switchMap(([query]) => loadable(this.api.list(query))),
    ),
    { initialValue: LOADING as Loadable<Page<AuditEntryDto>> },
  );

  constructor() {
    this.filters.valueChanges.pipe(debounceTime(400), takeUntilDestroyed()).subscribe(() => {
      this.expanded.set(null);
      this.query.set(this.toQuery(1, this.query().pageSize));
    });
  }

  protected changePage(event: PageEvent): void {
    this.expanded.set(null);
    this.query.set(this.toQuery(event.pageIndex + 1, event.pageSize));
  }

  protected clear(): void {
    this.filters.reset();
  }

  protected reload(): void {
    this.reloads.next();
  }

  protected toggle(entry: AuditEntryDto): void {
    this.expanded.update((id) => (id === entry.id ? null : entry.id));
  }

  protected changes(entry: AuditEntryDto) {
    return changedFields(entry);
  }

  private toQuery(page: number, pageSize: number): AuditQuery {
    const value = this.filters.getRawValue();
    const from = value.from ? startOfTiraneDay(value.from) : null;
    // "To 7 March" includes that whole day: the API's `to` is exclusive, so send the next midnight.
    const to = value.to ? startOfTiraneDay(nextDate(value.to)) : null;
    return {
      page,
      pageSize,
      entity: /^[a-z][a-z0-9_]*$/.test(value.entity.trim()) ? value.entity.trim() : '',
      entityId: value.entityId,
      action: value.action,
      from: from?.toISOString() ?? null,
      to: to?.toISOString() ?? null,
      sort: value.sort,
    };
  }
}
