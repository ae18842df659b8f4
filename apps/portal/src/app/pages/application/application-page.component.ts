import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APPLICATION_SECTIONS, ApplicationSectionKey } from '@skema/contracts';
import { firstValueFrom } from 'rxjs';
import { ErrorStateComponent } from '../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../shared/loading/loading-indicator.component';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { ApplicationEditor, EDITOR_VIEWS, EditorView, isEditorView } from './application-editor';
import { AttachmentsSectionComponent } from './attachments/attachments-section.component';
import { SectionStatusComponent } from './autosave/section-status.component';
import { grantLimitsOf } from './budget/budget-figures';
import { BudgetSectionComponent } from './budget/budget-section.component';
import { checklistTarget } from './checklist-target';
import { ApplicationHeaderComponent } from './header/application-header.component';
import { HistoryPanelComponent } from './history/history-panel.component';
import { ApplicationResultComponent } from './result/application-result.component';
import { BeneficiariesSectionComponent } from './sections/beneficiaries-section.component';
import { LogframeSectionComponent } from './sections/logframe-section.component';
import { ObjectivesSectionComponent } from './sections/objectives-section.component';
import { PartnersSectionComponent } from './sections/partners-section.component';
import { ProblemSectionComponent } from './sections/problem-section.component';
import { fieldConcerns } from './sections/section-content';
import { SummarySectionComponent } from './sections/summary-section.component';
import { ChecklistPanelComponent } from './side/checklist-panel.component';
import { injectConfirm } from './side/confirm';
import { SubmissionPanelComponent } from './side/submission-panel.component';
import { LeavesSafely } from './unsaved-changes.guard';

/** How the navigation marks a view: complete, missing something, optional and empty, or nothing to say. */
export type ViewMark = 'done' | 'missing' | 'optional' | null;

const MARK_ICONS: Readonly<Record<Exclude<ViewMark, null>, string>> = {
  done: 'check_circle',
  missing: 'error_outline',
  optional: 'radio_button_unchecked',
};

const HEADING_ID = 'application-view-heading';

/**
 * `/applications/:id`: an applicant fills the draft section by section (each autosaves, conflicts
 * with colleagues are shown, never overwritten silently), follows the checklist, submits, downloads
 * the receipt and may withdraw before the deadline. Staff and submitted applications see the same
 * page read-only. The section shown is in the URL (`?section=budget`).
 */
@Component({
  selector: 'sk-application-page',
  imports: [
    ApplicationHeaderComponent,
    ApplicationResultComponent,
    AttachmentsSectionComponent,
    BeneficiariesSectionComponent,
    BudgetSectionComponent,
    ChecklistPanelComponent,
    ErrorStateComponent,
    HistoryPanelComponent,
    LoadingIndicatorComponent,
    LogframeSectionComponent,
    MatIcon,
    NoticeComponent,
    ObjectivesSectionComponent,
    PartnersSectionComponent,
    ProblemSectionComponent,
    RouterLink,
    SectionStatusComponent,
    SubmissionPanelComponent,
    SummarySectionComponent,
    TranslocoDirective,
  ],
  providers: [ApplicationEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
  templateUrl: './application-page.component.html',
  styleUrl: './application-page.component.scss',
})
export class ApplicationPageComponent implements LeavesSafely {
  protected readonly editor = inject(ApplicationEditor);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly confirm = injectConfirm();

  /** The route's `:id`. */
  readonly id = input.required<string>();
  /** `?section=`: which part of the application is shown. */
  readonly section = input<string>();

  protected readonly views = EDITOR_VIEWS;
  protected readonly headingId = HEADING_ID;
  protected readonly current = computed<EditorView>(() => {
    const section = this.section();
    return isEditorView(section) ? section : 'summary';
  });
  protected readonly currentSection = computed<ApplicationSectionKey | null>(() => {
    const view = this.current();
    return (APPLICATION_SECTIONS as readonly string[]).includes(view) ? (view as ApplicationSectionKey) : null;
  });
  protected readonly limits = computed(() => grantLimitsOf(this.editor.call()));
  protected readonly durationBounds = computed(() => {
    const call = this.editor.call();
    return call ? { min: call.minDurationMonths, max: call.maxDurationMonths } : null;
  });
  protected readonly showChecklist = computed(
    () => this.editor.canDraft() && this.editor.application()?.status === 'draft',
  );
  protected readonly marks = computed(() => new Map(this.views.map((view) => [view, this.markOf(view)])));

  /** Where focus goes once the next view has rendered (the heading, or a field the checklist named). */
  private focusAfterNavigation: string | null = null;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.editor.load(id));
    });
    effect(() => {
      this.current();
      untracked(() => this.focusPending());
    });
  }

  protected autosaveOf(key: ApplicationSectionKey) {
    return this.editor.autosaveOf(key) ?? null;
  }

  protected markIcon(mark: ViewMark): string | null {
    return mark ? MARK_ICONS[mark] : null;
  }

  /** Leaving a section saves it; the heading of the next one takes focus. */
  protected onNavigate(view: EditorView): void {
    this.editor.flushAll();
    this.focusAfterNavigation = HEADING_ID;
    if (view === this.current()) this.focusPending();
  }

  /** A checklist item or a refused submission's item: go to what it is about. */
  protected async goTo(field: string): Promise<void> {
    const target = checklistTarget(field);
    if (!target) return;
    this.editor.flushAll();
    if (target.kind === 'page') {
      await this.router.navigateByUrl(target.url);
      return;
    }
    this.focusAfterNavigation = target.elementId ?? HEADING_ID;
    if (target.view === this.current()) {
      this.focusPending();
      return;
    }
    await this.router.navigate([], { queryParams: { section: target.view }, queryParamsHandling: 'merge' });
  }

  protected reload(): void {
    void this.editor.load(this.id());
  }

  async canLeave(): Promise<boolean> {
    if (await this.editor.settle()) return true;
    return firstValueFrom(this.confirm('leaveConfirm'));
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (!this.editor.unsaved()) return;
    this.editor.flushAll();
    // Browsers show their own "leave site?" question; the text is theirs. `returnValue` for older ones.
    event.preventDefault();
    event.returnValue = true;
  }

  private focusPending(): void {
    const id = this.focusAfterNavigation;
    if (!id) return;
    this.focusAfterNavigation = null;
    afterNextRender(
      () => {
        const document = this.host.nativeElement.ownerDocument;
        (document.getElementById(id) ?? document.getElementById(HEADING_ID))?.focus();
      },
      { injector: this.injector },
    );
  }

  private markOf(view: EditorView): ViewMark {
    const checklist = this.editor.checklist();
    if (!this.showChecklist() || checklist === null || view === 'history') return null;
    if (checklist.some((item) => fieldConcerns(item.field, view))) return 'missing';
    if (view === 'partners') {
      const content = this.editor.application()?.sections.find((section) => section.key === 'partners')?.content;
      const partners = content?.['partners'];
      return Array.isArray(partners) && partners.length > 0 ? 'done' : 'optional';
    }
    if (view === 'attachments' && (this.editor.call()?.requiredAttachments.length ?? 0) === 0) return null;
    return 'done';
  }
}
