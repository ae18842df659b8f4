import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatSelect } from '@angular/material/select';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  APPLICATION_SECTIONS,
  ApplicationComparisonDto,
  ApplicationRevisionDto,
  ApplicationSectionKey,
  LOGFRAME_LEVELS,
  SEXES,
  VICTIM_CATEGORIES,
} from '@skema/contracts';
import { BUDGET_CATEGORIES } from '@skema/domain';
import { Subject, startWith, switchMap } from 'rxjs';
import { LanguageService } from '../../../core/i18n/language.service';
import { formatMoney } from '../../../core/i18n/locale-format';
import { LOADING, Loadable, loadable } from '../../../shared/data/loadable';
import { ErrorStateComponent } from '../../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../../shared/loading/loading-indicator.component';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { PaginatorIntlService } from '../../../shared/table/paginator-intl.service';
import { ApplicationApi } from '../application-api';
import { ApplicationEditor } from '../application-editor';
import { ValueWords, compareFields } from './comparison';

const PAGE_SIZE = 20;

/** Code lists whose values the comparison names, with where their names are in this page's texts. */
const CODE_GROUPS: readonly (readonly [string, readonly string[]])[] = [
  ['beneficiaries.categories', VICTIM_CATEGORIES],
  ['beneficiaries.sexes', SEXES],
  ['logframe.levels', LOGFRAME_LEVELS],
  ['budget.categories', BUDGET_CATEGORIES],
];

/** Fields of the section contents (libs/contracts application-content.ts) that have a translated name. */
const KNOWN_FIELDS = new Set([
  'title',
  'text',
  'durationMonths',
  'targetGroup',
  'activities',
  'indicators',
  'planned',
  'partners',
  'lines',
]);

/**
 * Who changed which section when (newest first), and two versions of one section side by side
 * with the fields that changed marked in words, not only in colour.
 */
@Component({
  selector: 'sk-history-panel',
  imports: [
    ErrorStateComponent,
    FormsModule,
    LoadingIndicatorComponent,
    MatButton,
    MatFormField,
    MatLabel,
    MatOption,
    MatPaginator,
    MatSelect,
    SkDatePipe,
    TranslocoDirective,
  ],
  providers: [PaginatorIntlService.provider],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './history-panel.component.html',
  styleUrl: './history-panel.component.scss',
})
export class HistoryPanelComponent {
  private readonly api = inject(ApplicationApi);
  private readonly editor = inject(ApplicationEditor);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  protected readonly sections = APPLICATION_SECTIONS;
  protected readonly pageSize = PAGE_SIZE;
  private readonly reloads = new Subject<void>();
  protected readonly history = toSignal(
    this.reloads.pipe(
      startWith(undefined),
      switchMap(() => loadable(this.api.history(this.editor.applicationId()))),
    ),
    { initialValue: LOADING as Loadable<ApplicationRevisionDto[]> },
  );

  /** The section whose history is listed and compared; all sections while none is chosen. */
  protected readonly section = signal<ApplicationSectionKey | null>(null);
  protected readonly page = signal(0);
  protected readonly from = signal<number | null>(null);
  protected readonly to = signal<number | null>(null);
  protected readonly comparison = signal<Loadable<ApplicationComparisonDto> | null>(null);

  protected readonly revisions = computed(() => {
    const history = this.history();
    if (history.kind !== 'loaded') return [];
    const section = this.section();
    return section ? history.value.filter((revision) => revision.section === section) : history.value;
  });
  protected readonly pageOfRevisions = computed(() =>
    this.revisions().slice(this.page() * PAGE_SIZE, (this.page() + 1) * PAGE_SIZE),
  );
  /** Versions of the chosen section, oldest first, for the two pickers. */
  protected readonly versions = computed(() =>
    this.section()
      ? this.revisions()
          .map((revision) => revision.version)
          .sort((a, b) => a - b)
      : [],
  );
  protected readonly canCompare = computed(() => {
    const from = this.from();
    const to = this.to();
    return this.section() !== null && from !== null && to !== null && from !== to;
  });
  protected readonly compared = computed(() => {
    const comparison = this.comparison();
    return comparison?.kind === 'loaded' ? comparison.value : null;
  });
  protected readonly fields = computed(() => {
    const compared = this.compared();
    this.language.language();
    return compared ? compareFields(compared, this.words) : [];
  });
  /** Codes read by their names in the person's language, cents as euro. */
  private readonly words: ValueWords = {
    code: (value) => {
      const group = CODE_GROUPS.find(([, codes]) => codes.includes(value));
      return group ? this.transloco.translate(`application.${group[0]}.${value}`) : null;
    },
    money: (cents) => formatMoney(cents, 'EUR', this.language.formatLocale()),
  };

  protected isKnownField(field: string): boolean {
    return KNOWN_FIELDS.has(field);
  }

  protected reload(): void {
    this.reloads.next();
  }

  protected chooseSection(section: ApplicationSectionKey | null): void {
    this.section.set(section);
    this.page.set(0);
    this.comparison.set(null);
    const versions = this.versions();
    // The latest change is what people usually want to see: the last two versions.
    this.to.set(versions.at(-1) ?? null);
    this.from.set(versions.at(-2) ?? null);
  }

  /** A row's "compare with the previous version". */
  protected compareWithPrevious(revision: ApplicationRevisionDto): void {
    this.chooseSection(revision.section);
    const versions = this.versions();
    const previous = versions.filter((version) => version < revision.version).at(-1);
    if (previous === undefined) return;
    this.from.set(previous);
    this.to.set(revision.version);
    this.compare();
  }

  protected onPage(event: PageEvent): void {
    this.page.set(event.pageIndex);
  }

  protected compare(): void {
    const section = this.section();
    const from = this.from();
    const to = this.to();
    if (!section || from === null || to === null) return;
    const [older, newer] = from < to ? [from, to] : [to, from];
    loadable(this.api.compare(this.editor.applicationId(), section, older, newer)).subscribe((state) =>
      this.comparison.set(state),
    );
  }
}
