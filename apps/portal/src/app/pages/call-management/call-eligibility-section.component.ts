import { ChangeDetectionStrategy, Component, ElementRef, inject, input } from '@angular/core';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { CALL_LIMITS } from '@skema/contracts';
import { CallErrorPipe } from './call-error.pipe';
import { type EligibilityGroup, eligibilityGroup } from './call-form';
import { ItemActionsComponent } from './item-actions.component';
import { focusActionSoon, focusPathSoon, moveControl, removeControl } from './list-editing';
import { LocalizedFieldsComponent } from './localized-fields.component';

/** The eligibility checklist: items in both languages, in the order applicants will read them. */
@Component({
  selector: 'sk-call-eligibility-section',
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
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sk-stack" *transloco="let t; prefix: 'callManagement'">
      @for (item of items().controls; track item; let i = $index) {
        @let label = t('eligibility.item', { n: i + 1 });
        <fieldset class="sk-fieldset item" [attr.data-item]="'eligibility-' + i">
          <legend>{{ label }}</legend>
          <sk-call-localized-fields
            [group]="item.controls.text"
            [label]="t('fields.eligibilityText')"
            [path]="'eligibility.' + i + '.text'"
            [multiline]="true"
            [maxLength]="limits.eligibilityTextMaxLength"
          />
          <div class="item__footer">
            <mat-form-field class="key">
              <mat-label>{{ t('fields.key') }}</mat-label>
              <input matInput [formControl]="item.controls.key" [attr.data-path]="'eligibility.' + i + '.key'" autocomplete="off" spellcheck="false" />
              <mat-hint>{{ t('hints.autoKey') }}</mat-hint>
              <mat-error>{{ item.controls.key.errors | skCallError }}</mat-error>
            </mat-form-field>
            <sk-call-item-actions
              [index]="i"
              [count]="items().length"
              [label]="label"
              (moveUp)="move(i, i - 1)"
              (moveDown)="move(i, i + 1)"
              (remove)="remove(i)"
            />
          </div>
        </fieldset>
      } @empty {
        <p>{{ t('eligibility.none') }}</p>
      }
      <div>
        <button mat-stroked-button type="button" data-action="add" [disabled]="items().length >= limits.eligibilityItemsMax" (click)="add()">
          <mat-icon aria-hidden="true">add</mat-icon>{{ t('eligibility.add') }}
        </button>
      </div>
    </div>
  `,
  styleUrl: './call-list-items.scss',
})
export class CallEligibilitySectionComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  readonly items = input.required<FormArray<EligibilityGroup>>();
  protected readonly limits = CALL_LIMITS;

  protected add(): void {
    const items = this.items();
    items.push(eligibilityGroup({ key: '', text: { sq: '', en: '' } }));
    items.markAsDirty();
    focusPathSoon(this.host, `eligibility.${items.length - 1}.text.sq`);
  }

  protected move(from: number, to: number): void {
    moveControl(this.items(), from, to);
    focusActionSoon(this.host, `[data-item="eligibility-${to}"]`, to < from ? 'up' : 'down');
  }

  protected remove(index: number): void {
    removeControl(this.items(), index);
    focusActionSoon(this.host, '', 'add');
  }
}
