import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { ROLES, Role, UserSummaryDto } from '@skema/contracts';
import { firstValueFrom } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../../core/http/api-failure';
import { translatedOptions } from '../../../core/i18n/translated-options';
import { CheckboxGroupComponent } from '../../../shared/forms/checkbox-group.component';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { UsersApi } from './users-api';

export interface EditRolesDialogData {
  readonly user: UserSummaryDto;
}

/**
 * Sets a person's roles. No roles at all is allowed (the account stays but can do nothing); the API
 * refuses to remove the last administrator, and says so here.
 */
@Component({
  selector: 'sk-edit-roles-dialog',
  imports: [
    CheckboxGroupComponent,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    NoticeComponent,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 mat-dialog-title>{{ t('admin.users.editRolesTitle', { name: data.user.displayName }) }}</h2>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-dialog-content>
          <p>{{ data.user.email }}</p>
          @if (error(); as message) {
            <sk-notice kind="error"><p>{{ message }}</p></sk-notice>
          }
          <sk-checkbox-group [formControl]="roles" [legend]="t('admin.users.columns.roles')" [options]="roleOptions()" />
          @if (roles.value.length === 0) {
            <sk-notice kind="warning"><p>{{ t('admin.users.noRolesWarning') }}</p></sk-notice>
          }
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close>{{ t('common.cancel') }}</button>
          <button mat-flat-button type="submit" [disabled]="busy()">{{ t('common.save') }}</button>
        </mat-dialog-actions>
      </form>
    </ng-container>
  `,
})
export class EditRolesDialogComponent {
  private readonly api = inject(UsersApi);
  private readonly dialogRef = inject<MatDialogRef<EditRolesDialogComponent, UserSummaryDto>>(MatDialogRef);
  private readonly transloco = inject(TranslocoService);
  protected readonly data = inject<EditRolesDialogData>(MAT_DIALOG_DATA);

  protected readonly roleOptions = translatedOptions(ROLES, 'roles');
  protected readonly roles = new FormControl<Role[]>([...this.data.user.roles], { nonNullable: true });
  protected readonly form = new FormGroup({ roles: this.roles });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      this.dialogRef.close(await firstValueFrom(this.api.setRoles(this.data.user.id, this.roles.value)));
    } catch (caught: unknown) {
      this.error.set(describeApiFailure(toApiFailure(caught), this.transloco));
    } finally {
      this.busy.set(false);
    }
  }
}
