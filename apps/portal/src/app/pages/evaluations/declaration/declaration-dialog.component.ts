import { ChangeDetectionStrategy, Component, Injector, inject } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialog, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { TranslocoDirective } from '@jsverse/transloco';
import { MyEvaluationDto } from '@skema/contracts';
import { Observable } from 'rxjs';
import { DeclarationFormComponent, DeclarationSubject } from './declaration-form.component';

export interface DeclarationDialogData {
  readonly assignmentId: string;
  readonly subject: DeclarationSubject;
  readonly conflictOnly?: boolean;
}

/**
 * The declaration in a dialog, from the list (or, after signing, to declare a conflict found later).
 * Focus starts on its title so a screen reader reads the declaration from the top; it closes with the
 * API's answer, or with nothing when the person cancelled.
 */
@Component({
  selector: 'sk-declaration-dialog',
  imports: [DeclarationFormComponent, MatDialogContent, MatDialogTitle, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'evaluations.declaration'">
      <h2 mat-dialog-title>{{ t('title') }}</h2>
      <mat-dialog-content>
        <sk-declaration-form
          [assignmentId]="data.assignmentId"
          [subject]="data.subject"
          [conflictOnly]="data.conflictOnly ?? false"
          [cancelable]="true"
          (declared)="dialog.close($event)"
          (cancelled)="dialog.close()"
        />
      </mat-dialog-content>
    </ng-container>
  `,
})
export class DeclarationDialogComponent {
  protected readonly data = inject<DeclarationDialogData>(MAT_DIALOG_DATA);
  protected readonly dialog = inject<MatDialogRef<DeclarationDialogComponent, MyEvaluationDto>>(MatDialogRef);
}

/** `openDeclaration(data)` opens the dialog; emits the declared assignment, or undefined when cancelled. */
export function injectDeclarationDialog(): (data: DeclarationDialogData) => Observable<MyEvaluationDto | undefined> {
  const dialog = inject(MatDialog);
  // The caller's injector: the dialog then sees the page's translation scope.
  const injector = inject(Injector);
  return (data) =>
    dialog
      .open<DeclarationDialogComponent, DeclarationDialogData, MyEvaluationDto>(DeclarationDialogComponent, {
        data,
        injector,
        width: '40rem',
        maxWidth: '95vw',
        autoFocus: 'first-heading',
      })
      .afterClosed();
}
