import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { CALL_LIMITS } from '@skema/contracts';
import type { CallForm } from './call-form';
import { LocalizedFieldsComponent } from './localized-fields.component';
import { TiraneDateTimeFieldComponent } from './tirane-date-time-field.component';

/** Title and text in both languages, the opening time and the deadline (Tirana time). */
@Component({
  selector: 'sk-call-basics-section',
  imports: [LocalizedFieldsComponent, TiraneDateTimeFieldComponent, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sk-form" *transloco="let t; prefix: 'callManagement'">
      @let c = form().controls;
      <sk-call-localized-fields [group]="c.title" [label]="t('fields.title')" path="title" [maxLength]="limits.titleMaxLength" />
      <sk-call-localized-fields [group]="c.text" [label]="t('fields.text')" path="text" [multiline]="true" [maxLength]="limits.textMaxLength" />
      <div class="sk-form__row">
        <sk-call-date-time-field [control]="c.opensAt" [label]="t('fields.opensAt')" path="opensAt" />
        <sk-call-date-time-field [control]="c.deadline" [label]="t('fields.deadline')" path="deadline" />
      </div>
    </div>
  `,
})
export class CallBasicsSectionComponent {
  readonly form = input.required<CallForm>();
  protected readonly limits = CALL_LIMITS;
}
