import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { PublicCallDetailDto, RegionCode } from '@skema/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { describeApiFailure, toApiFailure } from '../../core/http/api-failure';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { SkMoneyPipe } from '../../shared/pipes/money.pipe';
import { CallsApi } from './calls-api';
import { SkRegionPipe } from './localized.pipe';

/**
 * Starting an application for one lot of an open call. Visitors are shown the way in; an applicant
 * picks the lot and lands in the new draft. An unverified CSO may start (the API allows it) and is
 * told what that means; what the API refuses (an application for that lot already exists, the call
 * just closed) is said in its own words.
 */
@Component({
  selector: 'sk-call-apply',
  imports: [
    MatAnchor,
    MatButton,
    MatCard,
    MatCardContent,
    MatIcon,
    MatRadioButton,
    MatRadioGroup,
    NoticeComponent,
    ReactiveFormsModule,
    RouterLink,
    SkMoneyPipe,
    SkRegionPipe,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './call-apply.component.html',
  styles: `
    :host {
      display: block;
    }
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-large);
    }
    .apply__intro {
      margin: 0 0 16px;
    }
    .apply__lots {
      display: grid;
      gap: 4px;
    }
  `,
})
export class CallApplyComponent implements OnInit {
  private readonly api = inject(CallsApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);

  readonly call = input.required<PublicCallDetailDto>();

  /** Nothing until the session is known, so a signed-in person never sees "Sign in" flash by. */
  protected readonly audience = computed<'guest' | 'applicant' | null>(() => {
    if (!this.auth.ready()) return null;
    if (!this.auth.isSignedIn()) return 'guest';
    return this.auth.permissions().has('applications.draft') ? 'applicant' : null;
  });
  protected readonly unverified = computed(() => this.auth.user()?.organisation?.verified === false);
  protected readonly returnUrl = computed(() => `/calls/${this.call().id}`);

  protected readonly region = new FormControl<RegionCode | null>(null, Validators.required);
  protected readonly form = new FormGroup({ region: this.region });
  protected readonly busy = signal(false);
  /** The API's sentence when the CSO already has an application for the lot. */
  protected readonly exists = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    // The user DTO does not carry the CSO's regions, so only a single-lot call can be preselected.
    const lots = this.call().lots;
    if (lots.length === 1) this.region.setValue(lots[0].regionCode);
  }

  protected async start(): Promise<void> {
    const regionCode = this.region.value;
    if (regionCode === null) {
      this.region.markAsTouched();
      return;
    }
    this.busy.set(true);
    this.exists.set(null);
    this.error.set(null);
    try {
      const application = await firstValueFrom(this.api.startApplication({ callId: this.call().id, regionCode }));
      await this.router.navigate(['/applications', application.id]);
    } catch (caught: unknown) {
      const failure = toApiFailure(caught);
      if (failure.kind === 'problem' && failure.problem.code === 'application_exists') this.exists.set(failure.problem.detail);
      else this.error.set(describeApiFailure(failure, this.transloco));
    } finally {
      this.busy.set(false);
    }
  }
}
