import { ChangeDetectionStrategy, Component, ElementRef, inject, input } from '@angular/core';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { ATTACHMENT_TYPES, CALL_LIMITS } from '@skema/contracts';
import { CallErrorPipe } from './call-error.pipe';
import { type AttachmentGroup, attachmentGroup } from './call-form';
import { ItemActionsComponent } from './item-actions.component';
import { focusActionSoon, focusPathSoon, moveControl, removeControl } from './list-editing';
import { LocalizedFieldsComponent } from './localized-fields.component';

/** The documents every applicant must attach: name, accepted file types and largest size. */
@Component({
  selector: 'sk-call-attachments-section',
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
    MatSuffix,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sk-stack" *transloco="let t; prefix: 'callManagement'">
      @for (item of items().controls; track item; let i = $index) {
        @let label = t('attachments.item', { n: i + 1 });
        @let c = item.controls;
        <fieldset class="sk-fieldset item" [attr.data-item]="'attachments-' + i">
          <legend>{{ label }}</legend>
          <sk-call-localized-fields
            [group]="c.name"
            [label]="t('fields.attachmentName')"
            [path]="'requiredAttachments.' + i + '.name'"
            [maxLength]="limits.attachmentNameMaxLength"
          />
          <div class="item__fields">
            <mat-form-field>
              <mat-label>{{ t('fields.acceptedTypes') }}</mat-label>
              <mat-select multiple [formControl]="c.acceptedTypes" [attr.data-path]="'requiredAttachments.' + i + '.acceptedTypes'" [required]="true">
                @for (type of types; track type) {
                  <mat-option [value]="type">{{ type.toUpperCase() }}</mat-option>
                }
              </mat-select>
              <mat-error>{{ c.acceptedTypes.errors | skCallError }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ t('fields.maxSizeMb') }}</mat-label>
              <input matInput inputmode="decimal" autocomplete="off" [formControl]="c.maxSizeMb" [attr.data-path]="'requiredAttachments.' + i + '.maxSizeMb'" [required]="true" />
              <span matTextSuffix>MB</span>
              <mat-hint>{{ t('hints.maxSizeMb', { max: maxMb }) }}</mat-hint>
              <mat-error>{{ c.maxSizeMb.errors | skCallError }}</mat-error>
            </mat-form-field>
          </div>
          <div class="item__footer">
            <mat-form-field class="key">
              <mat-label>{{ t('fields.key') }}</mat-label>
              <input matInput [formControl]="c.key" [attr.data-path]="'requiredAttachments.' + i + '.key'" autocomplete="off" spellcheck="false" />
              <mat-hint>{{ t('hints.autoKey') }}</mat-hint>
              <mat-error>{{ c.key.errors | skCallError }}</mat-error>
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
        <p>{{ t('attachments.none') }}</p>
      }
      <div>
        <button mat-stroked-button type="button" data-action="add" [disabled]="items().length >= limits.attachmentsMax" (click)="add()">
          <mat-icon aria-hidden="true">add</mat-icon>{{ t('attachments.add') }}
        </button>
      </div>
    </div>
  `,
  styleUrl: './call-list-items.scss',
})
export class CallAttachmentsSectionComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  readonly items = input.required<FormArray<AttachmentGroup>>();
  protected readonly limits = CALL_LIMITS;
  protected readonly types = ATTACHMENT_TYPES;
  protected readonly maxMb = CALL_LIMITS.attachmentMaxSizeBytes / (1024 * 1024);

  protected add(): void {
    const items = this.items();
    items.push(attachmentGroup({ key: '', name: { sq: '', en: '' }, acceptedTypes: ['pdf'], maxSizeMb: '10' }));
    items.markAsDirty();
    focusPathSoon(this.host, `requiredAttachments.${items.length - 1}.name.sq`);
  }

  protected move(from: number, to: number): void {
    moveControl(this.items(), from, to);
    focusActionSoon(this.host, `[data-item="attachments-${to}"]`, to < from ? 'up' : 'down');
  }

  protected remove(index: number): void {
    removeControl(this.items(), index);
    focusActionSoon(this.host, '', 'add');
  }
}
