import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { APPLICATION_CONTENT_LIMITS, ActivityContent, ObjectivesContent } from '@skema/contracts';
import { SkFieldErrorPipe } from '../../../shared/forms/field-error.pipe';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { AddRowButtonComponent } from './add-row-button.component';
import { ListRowComponent } from './list-row.component';
import { ListSectionDirective, SectionList } from './section-form';
import { readObjectives } from './section-content';

const { shortTextMaxLength, textMaxLength } = APPLICATION_CONTENT_LIMITS;

function activityGroup(fb: NonNullableFormBuilder, value: ActivityContent = { title: '', description: '' }) {
  return fb.group({
    title: [value.title, [Validators.required, Validators.maxLength(shortTextMaxLength)]],
    description: [value.description, Validators.maxLength(textMaxLength)],
  });
}

/** `objectives`: the overall and specific objectives in prose, then the activities that reach them. */
@Component({
  selector: 'sk-objectives-section',
  imports: [
    AddRowButtonComponent,
    ListRowComponent,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    SkFieldErrorPipe,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sk-form" [formGroup]="form" *transloco="let t; prefix: 'application.objectives'">
      <mat-form-field>
        <mat-label>{{ t('text') }}</mat-label>
        <textarea matInput id="objectives-text" formControlName="text" rows="8" required></textarea>
        <mat-hint>{{ t('textHint') }}</mat-hint>
        <mat-error>{{ form.controls.text.errors | skFieldError }}</mat-error>
      </mat-form-field>

      <h3 class="sk-section-title">{{ t('activities') }}</h3>
      @for (row of form.controls.activities.controls; track row; let i = $index) {
        <sk-list-row
          [formGroup]="row"
          [legend]="t('activity', { n: i + 1 })"
          [removeLabel]="t('removeActivity', { n: i + 1 })"
          [removable]="editable()"
          (remove)="remove(i)"
        >
          <mat-form-field class="list-row__wide">
            <mat-label>{{ t('activityTitle') }}</mat-label>
            <input matInput [id]="'activity-' + i + '-title'" formControlName="title" />
            <mat-error>{{ row.controls.title.errors | skFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field class="list-row__wide">
            <mat-label>{{ t('activityDescription') }}</mat-label>
            <textarea
              matInput
              [id]="'activity-' + i + '-description'"
              formControlName="description"
              rows="3"
            ></textarea>
            <mat-error>{{ row.controls.description.errors | skFieldError }}</mat-error>
          </mat-form-field>
        </sk-list-row>
      } @empty {
        <p>{{ t('noActivities') }}</p>
      }
      @if (canAdd()) {
        <sk-add-row-button [label]="t('addActivity')" (add)="add()" />
      }
    </div>
  `,
})
export class ObjectivesSectionComponent extends ListSectionDirective<
  ObjectivesContent,
  ActivityContent,
  ReturnType<typeof activityGroup>
> {
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    text: ['', [Validators.required, Validators.maxLength(textMaxLength)]],
    activities: this.fb.array<ReturnType<typeof activityGroup>>([]),
  });
  protected readonly read = readObjectives;
  protected readonly list: SectionList<ActivityContent, ReturnType<typeof activityGroup>> = {
    rows: this.form.controls.activities,
    row: (value) => activityGroup(this.fb, value),
    firstFieldId: (index) => `activity-${index}-title`,
  };

  protected fill(content: ObjectivesContent): void {
    this.form.controls.text.setValue(content.text, { emitEvent: false });
    this.fillRows(content.activities ?? []);
  }

  protected content(): ObjectivesContent {
    return this.form.getRawValue();
  }
}
