import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService, provideTranslocoScope } from '@jsverse/transloco';
import type { GrantDto } from '@skema/contracts';
import { firstValueFrom } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../../core/http/api-failure';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { applyProblem, focusFirstInvalid } from '../../../shared/forms/server-errors';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { SkMoneyPipe } from '../../../shared/pipes/money.pipe';
import { GrantApi } from '../grant-api';
import { GrantErrorPipe } from '../grant-error.pipe';
import { contractDatesForm, createGrantRequest } from './contract-dates';

/** The award the contract is made from, as the ranking shows it. */
export interface GrantContractDialogData {
  readonly applicationId: string;
  readonly reference: string;
  readonly organisationName: string;
  readonly awardCents: number | null;
}

/** The API's refusals about the dates go under the end date; the rest are about the award. */
const DATE_CODES = { grant_dates_invalid: 'endDate', grant_duration_out_of_bounds: 'endDate' };

/**
 * The programme manager makes the grant contract of a selected application once the results are
 * published: its start and end dates (the end after the start, checked as they are picked); the API
 * draws the contract number, the approved budget and the payment schedule from the award. Closes with
 * the new grant; a refusal (results not published, not selected, a contract already made, a duration
 * outside the call's bounds) is shown in the API's words.
 */
@Component({
  selector: 'sk-grant-contract-dialog',
  imports: [
    GrantErrorPipe,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    NoticeComponent,
    ReactiveFormsModule,
    RouterLink,
    SkMoneyPipe,
    TranslocoDirective,
  ],
  providers: [...FORM_PROVIDERS, provideTranslocoScope('grant')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="create()" novalidate *transloco="let t; prefix: 'grant.contract'">
      <h2 mat-dialog-title>{{ t('title') }}</h2>
      <mat-dialog-content>
        <p class="intro">
          {{
            t('intro', {
              organisation: data.organisationName,
              reference: data.reference,
              award: data.awardCents | skMoney,
            })
          }}
        </p>
        <div class="dates">
          <mat-form-field>
            <mat-label>{{ t('startDate') }}</mat-label>
            <input matInput type="date" formControlName="startDate" data-testid="start-date" />
            @if (form.controls.startDate.errors) {
              <mat-error>{{ form.controls.startDate.errors | skGrantError }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ t('endDate') }}</mat-label>
            <input matInput type="date" formControlName="endDate" data-testid="end-date" />
            <mat-hint>{{ t('endHint') }}</mat-hint>
            @if (form.controls.endDate.errors) {
              <mat-error>{{ form.controls.endDate.errors | skGrantError }}</mat-error>
            }
          </mat-form-field>
        </div>
        @if (failure(); as message) {
          <sk-notice kind="error">
            <p>{{ message }}</p>
            @if (exists()) {
              <p>
                <a [routerLink]="['/my-grants']" [queryParams]="{ q: data.reference }" mat-dialog-close>{{
                  t('findExisting')
                }}</a>
              </p>
            }
          </sk-notice>
        }
        <p class="sk-visually-hidden" aria-live="polite">{{ busy() ? t('creating') : '' }}</p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="null">{{ t('cancel') }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" [attr.aria-busy]="busy()">{{ t('create') }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .intro {
      margin: 0 0 16px;
    }
    .dates {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      gap: 12px 16px;
    }
  `,
})
export class GrantContractDialogComponent {
  private readonly api = inject(GrantApi);
  private readonly transloco = inject(TranslocoService);
  private readonly ref = inject<MatDialogRef<GrantContractDialogComponent, GrantDto | null>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly data = inject<GrantContractDialogData>(MAT_DIALOG_DATA);

  protected readonly form = contractDatesForm();
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  /** Refused because the application already has its contract: offer the way to it. */
  protected readonly exists = signal(false);

  protected async create(): Promise<void> {
    if (this.busy()) return;
    this.failure.set(null);
    this.exists.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      setTimeout(() => focusFirstInvalid(this.host));
      return;
    }
    this.busy.set(true);
    try {
      this.ref.close(await firstValueFrom(this.api.create(this.data.applicationId, createGrantRequest(this.form))));
    } catch (caught: unknown) {
      const failure = toApiFailure(caught);
      const unplaced =
        failure.kind === 'problem' ? applyProblem(this.form, failure.problem, { codes: DATE_CODES }) : [];
      if (failure.kind === 'problem' && failure.problem.code in DATE_CODES) {
        setTimeout(() => focusFirstInvalid(this.host));
      } else {
        this.failure.set(unplaced.join(' ') || describeApiFailure(failure, this.transloco));
        this.exists.set(failure.kind === 'problem' && failure.problem.code === 'grant_exists');
      }
    } finally {
      this.busy.set(false);
    }
  }
}
