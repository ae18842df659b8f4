import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { CALL_LIMITS, PRAG_FULL_APPLICATION_GRID, PRAG_GRID_TOTALS } from '@skema/contracts';
import { LanguageService } from '../../core/i18n/language.service';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { AmountFieldComponent } from './amount-field.component';
import { CallErrorPipe } from './call-error.pipe';
import { type GridGroup, replaceSections, sectionGroup } from './call-form';
import { gridToForm, newCriterion, sectionMaximum } from './call-form-mapping';
import { ConfirmDialogComponent, ConfirmDialogData } from './confirm-dialog.component';
import { GridSectionFieldsComponent } from './grid-section-fields.component';
import { focusActionSoon, focusPathSoon, moveControl, removeControl } from './list-editing';
import { liveValue } from './live-value';

/**
 * The evaluation grid: sections of criteria, each criterion scored up to its maximum and counted once
 * or twice. Section maxima and the total are computed as the person types, never typed; a new call
 * can start from the PRAG full-application grid (100 points).
 */
@Component({
  selector: 'sk-call-grid-section',
  imports: [
    AmountFieldComponent,
    CallErrorPipe,
    GridSectionFieldsComponent,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    NoticeComponent,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sk-stack" *transloco="let t; prefix: 'callManagement'">
      @let sections = grid().controls.sections;
      <div>
        <button mat-stroked-button type="button" data-action="prag" (click)="usePrag()">
          <mat-icon aria-hidden="true">playlist_add_check</mat-icon>{{ t('grid.usePrag') }}
        </button>
      </div>
      @for (section of sections.controls; track section; let s = $index) {
        <sk-call-grid-section-fields
          [section]="section"
          [index]="s"
          [count]="sections.length"
          [maximum]="maxima().sections[s]"
          [sectionLabel]="t('grid.section', { n: s + 1, name: sectionName(s) })"
          (moveUp)="move(s, s - 1)"
          (moveDown)="move(s, s + 1)"
          (remove)="remove(s)"
        />
      } @empty {
        <p>{{ t('grid.none') }}</p>
      }
      <div>
        <button mat-stroked-button type="button" data-action="add" [disabled]="sections.length >= limits.sectionsMax" (click)="add()">
          <mat-icon aria-hidden="true">add</mat-icon>{{ t('grid.addSection') }}
        </button>
      </div>

      @if (sections.length) {
        <table class="totals">
          <caption>{{ t('grid.totalsCaption') }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ t('grid.sectionColumn') }}</th>
              <th scope="col" class="number">{{ t('grid.maxColumn') }}</th>
              <th scope="col" class="number">{{ t('grid.thresholdColumn') }}</th>
            </tr>
          </thead>
          <tbody>
            @for (max of maxima().sections; track $index) {
              <tr>
                <th scope="row">{{ t('grid.section', { n: $index + 1, name: sectionName($index) }) }}</th>
                <td class="number">{{ max }}</td>
                <td class="number">{{ value()?.sections?.[$index]?.passThreshold ?? '—' }}</td>
              </tr>
            }
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{{ t('grid.total') }}</th>
              <td class="number" data-testid="grid-total">{{ maxima().total }}</td>
              <td class="number">{{ value()?.passThreshold ?? '—' }}</td>
            </tr>
          </tfoot>
        </table>
        @if (!pragTotal()) {
          <sk-notice kind="warning"><p>{{ t('grid.notPrag', { total: maxima().total, totals: pragTotals }) }}</p></sk-notice>
        }
        <mat-form-field class="threshold">
          <mat-label>{{ t('fields.gridThreshold') }}</mat-label>
          <input matInput type="number" min="0" step="1" [formControl]="grid().controls.passThreshold" data-path="grid.passThreshold" />
          <mat-hint>{{ t('hints.gridThreshold', { max: maxima().total }) }}</mat-hint>
          <mat-error>{{ grid().controls.passThreshold.errors | skCallError }}</mat-error>
        </mat-form-field>
      }
      @if (divergenceGap(); as gap) {
        <sk-call-amount-field
          class="gap"
          unit="percent"
          path="divergenceGap"
          [control]="gap"
          [label]="t('fields.divergenceGap')"
          [hint]="t('hints.divergenceGap')"
        />
      }
    </div>
  `,
  styles: `
    .totals {
      border-collapse: collapse;
      width: 100%;
      max-width: 40rem;

      caption {
        text-align: start;
        font: var(--mat-sys-title-small);
        padding-bottom: 8px;
      }
      th,
      td {
        padding: 6px 8px;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
        text-align: start;
      }
      .number {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      tfoot th,
      tfoot td {
        font-weight: 600;
        border-bottom: 0;
      }
    }
    .threshold {
      max-width: 24rem;
    }
    .gap {
      display: block;
      max-width: 24rem;
    }
  `,
})
export class CallGridSectionComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  readonly grid = input.required<GridGroup>();
  /** The call's divergence gap (percent of the grid's maximum); absent where it cannot change (amendments). */
  readonly divergenceGap = input<FormControl<string> | null>(null);

  protected readonly limits = CALL_LIMITS;
  protected readonly pragTotals = PRAG_GRID_TOTALS.join(', ');
  protected readonly value = liveValue(this.grid);
  protected readonly maxima = computed(() => {
    const sections = (this.value()?.sections ?? []).map(sectionMaximum);
    return { sections, total: sections.reduce((a, b) => a + b, 0) };
  });
  protected readonly pragTotal = computed(() => (PRAG_GRID_TOTALS as readonly number[]).includes(this.maxima().total));

  protected sectionName(index: number): string {
    const name = this.value()?.sections?.[index]?.name;
    return name?.[this.language.language()] || name?.sq || '';
  }

  protected usePrag(): void {
    if (this.grid().controls.sections.length === 0) {
      this.applyPrag();
      return;
    }
    const t = (key: string) => this.transloco.translate(`callManagement.grid.${key}`);
    this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
        injector: this.injector,
        width: '32rem',
        maxWidth: '95vw',
        data: { title: t('pragConfirmTitle'), paragraphs: [t('pragConfirmText')], confirm: t('pragConfirm'), cancel: t('cancel') },
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed) this.applyPrag();
      });
  }

  protected add(): void {
    const sections = this.grid().controls.sections;
    const key = String(sections.length + 1);
    sections.push(sectionGroup({ key, name: { sq: '', en: '' }, passThreshold: null, criteria: [newCriterion(`${key}.1`)] }));
    sections.markAsDirty();
    focusPathSoon(this.host, `grid.sections.${sections.length - 1}.name.sq`);
  }

  protected move(from: number, to: number): void {
    moveControl(this.grid().controls.sections, from, to);
    focusActionSoon(this.host, `[data-item="section-${to}"] > .item__footer`, to < from ? 'up' : 'down');
  }

  protected remove(index: number): void {
    removeControl(this.grid().controls.sections, index);
    focusActionSoon(this.host, '', 'add');
  }

  private applyPrag(): void {
    replaceSections(this.grid(), gridToForm(PRAG_FULL_APPLICATION_GRID));
    focusPathSoon(this.host, 'grid.sections.0.name.sq');
  }
}
