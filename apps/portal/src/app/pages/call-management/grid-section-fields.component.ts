import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { CALL_LIMITS, CRITERION_SCORE_MAX, CRITERION_SCORE_MIN, CRITERION_WEIGHTS } from '@skema/contracts';
import { CallErrorPipe } from './call-error.pipe';
import { type SectionGroup, criterionGroup } from './call-form';
import { newCriterion } from './call-form-mapping';
import { ItemActionsComponent } from './item-actions.component';
import { focusActionSoon, focusPathSoon, moveControl, removeControl } from './list-editing';
import { LocalizedFieldsComponent } from './localized-fields.component';

/** One section of the evaluation grid: its key, name, threshold and criteria, with its maximum live. */
@Component({
  selector: 'sk-call-grid-section-fields',
  imports: [
    CallErrorPipe,
    ItemActionsComponent,
    LocalizedFieldsComponent,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="sk-fieldset item" *transloco="let t; prefix: 'callManagement'" [attr.data-item]="'section-' + index()">
      @let c = section().controls;
      @let at = 'grid.sections.' + index();
      <legend>{{ sectionLabel() }} · {{ t('grid.points', { points: maximum() }) }}</legend>
      <sk-call-localized-fields [group]="c.name" [label]="t('fields.sectionName')" [path]="at + '.name'" [maxLength]="limits.gridNameMaxLength" />
      <div class="item__fields">
        <mat-form-field>
          <mat-label>{{ t('fields.key') }}</mat-label>
          <input matInput [formControl]="c.key" [attr.data-path]="at + '.key'" autocomplete="off" spellcheck="false" [required]="true" />
          <mat-error>{{ c.key.errors | skCallError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ t('fields.passThreshold') }}</mat-label>
          <input matInput type="number" min="0" step="1" [formControl]="c.passThreshold" [attr.data-path]="at + '.passThreshold'" />
          <mat-hint>{{ t('hints.sectionThreshold', { max: maximum() }) }}</mat-hint>
          <mat-error>{{ c.passThreshold.errors | skCallError }}</mat-error>
        </mat-form-field>
      </div>

      <div class="sk-stack criteria">
        @for (criterion of c.criteria.controls; track criterion; let i = $index) {
          @let k = criterion.controls;
          @let path = at + '.criteria.' + i;
          @let label = t('grid.criterion', { section: index() + 1, n: i + 1 });
          <fieldset class="sk-fieldset item" [attr.data-item]="'criterion-' + index() + '-' + i">
            <legend>{{ label }}</legend>
            <sk-call-localized-fields [group]="k.name" [label]="t('fields.criterionName')" [path]="path + '.name'" [maxLength]="limits.gridNameMaxLength" />
            <div class="item__fields">
              <mat-form-field>
                <mat-label>{{ t('fields.key') }}</mat-label>
                <input matInput [formControl]="k.key" [attr.data-path]="path + '.key'" autocomplete="off" spellcheck="false" [required]="true" />
                <mat-error>{{ k.key.errors | skCallError }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ t('fields.maxScore') }}</mat-label>
                <input matInput type="number" step="1" [min]="scoreMin" [max]="scoreMax" [formControl]="k.maxScore" [attr.data-path]="path + '.maxScore'" [required]="true" />
                <mat-error>{{ k.maxScore.errors | skCallError }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ t('fields.weight') }}</mat-label>
                <mat-select [formControl]="k.weight" [attr.data-path]="path + '.weight'">
                  @for (weight of weights; track weight) {
                    <mat-option [value]="weight">{{ t('grid.weight', { weight }) }}</mat-option>
                  }
                </mat-select>
                <mat-hint>{{ t('grid.counts', { points: (k.maxScore.value ?? 0) * k.weight.value }) }}</mat-hint>
              </mat-form-field>
            </div>
            <div class="item__footer">
              <span></span>
              <sk-call-item-actions
                [index]="i"
                [count]="c.criteria.length"
                [label]="label"
                (moveUp)="moveCriterion(i, i - 1)"
                (moveDown)="moveCriterion(i, i + 1)"
                (remove)="removeCriterion(i)"
              />
            </div>
          </fieldset>
        } @empty {
          <p>{{ t('grid.noCriteria') }}</p>
        }
      </div>

      <div class="item__footer">
        <button
          mat-stroked-button
          type="button"
          data-action="add-criterion"
          [disabled]="c.criteria.length >= limits.criteriaPerSectionMax"
          (click)="addCriterion()"
        >
          <mat-icon aria-hidden="true">add</mat-icon>{{ t('grid.addCriterion', { section: index() + 1 }) }}
        </button>
        <sk-call-item-actions
          [index]="index()"
          [count]="count()"
          [label]="sectionLabel()"
          (moveUp)="moveUp.emit()"
          (moveDown)="moveDown.emit()"
          (remove)="remove.emit()"
        />
      </div>
    </fieldset>
  `,
  styleUrl: './call-list-items.scss',
  styles: `
    .criteria {
      margin: 8px 0 12px;
    }
  `,
})
export class GridSectionFieldsComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  readonly section = input.required<SectionGroup>();
  readonly index = input.required<number>();
  readonly count = input.required<number>();
  /** Σ maxScore × weight of the criteria, as typed. */
  readonly maximum = input.required<number>();
  /** "Section 2", already translated by the grid. */
  readonly sectionLabel = input.required<string>();
  readonly moveUp = output<void>();
  readonly moveDown = output<void>();
  readonly remove = output<void>();

  protected readonly limits = CALL_LIMITS;
  protected readonly weights = CRITERION_WEIGHTS;
  protected readonly scoreMin = CRITERION_SCORE_MIN;
  protected readonly scoreMax = CRITERION_SCORE_MAX;
  private readonly criteria = computed(() => this.section().controls.criteria);

  protected addCriterion(): void {
    const section = this.section();
    const criteria = this.criteria();
    const key = `${section.controls.key.value || this.index() + 1}.${criteria.length + 1}`;
    criteria.push(criterionGroup(newCriterion(key)));
    criteria.markAsDirty();
    focusPathSoon(this.host, `grid.sections.${this.index()}.criteria.${criteria.length - 1}.name.sq`);
  }

  protected moveCriterion(from: number, to: number): void {
    moveControl(this.criteria(), from, to);
    focusActionSoon(this.host, `[data-item="criterion-${this.index()}-${to}"]`, to < from ? 'up' : 'down');
  }

  protected removeCriterion(index: number): void {
    removeControl(this.criteria(), index);
    focusActionSoon(this.host, '', 'add-criterion');
  }
}
