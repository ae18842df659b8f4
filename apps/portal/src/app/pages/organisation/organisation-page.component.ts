import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslocoDirective } from '@jsverse/transloco';
import { Subject, combineLatest, firstValueFrom, of, startWith, switchMap } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { LOADING, Loadable, loadable } from '../../shared/data/loadable';
import { EmptyStateComponent } from '../../shared/empty-state/empty-state.component';
import { ErrorStateComponent } from '../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../shared/loading/loading-indicator.component';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { InviteColleagueFormComponent } from './invite-colleague-form.component';
import { OrganisationApi, OrganisationDto } from './organisation-api';
import { OrganisationDetailsComponent } from './organisation-details.component';
import { OrganisationEditFormComponent } from './organisation-edit-form.component';

/**
 * A CSO's profile. Its applicants edit it and invite colleagues; a programme manager verifies it.
 * What each person sees follows their permissions; the API checks the object (own CSO) again.
 */
@Component({
  selector: 'sk-organisation-page',
  imports: [
    EmptyStateComponent,
    ErrorStateComponent,
    InviteColleagueFormComponent,
    LoadingIndicatorComponent,
    MatButton,
    MatIcon,
    NoticeComponent,
    OrganisationDetailsComponent,
    OrganisationEditFormComponent,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation-page.component.html',
  styleUrl: './organisation-page.component.scss',
})
export class OrganisationPageComponent {
  private readonly api = inject(OrganisationApi);
  private readonly auth = inject(AuthService);

  /** The route's `:id`; absent on `/organisation`, which means the person's own. */
  readonly id = input<string>();

  private readonly ownId = computed(() => this.auth.user()?.organisation?.id ?? null);
  protected readonly organisationId = computed(() => this.id() ?? this.ownId());
  protected readonly isOwn = computed(() => this.organisationId() !== null && this.organisationId() === this.ownId());
  protected readonly canEdit = computed(() => this.isOwn() && this.auth.can('organisation.update'));
  protected readonly canInvite = computed(() => this.isOwn() && this.auth.can('organisation.colleagues.invite'));
  protected readonly canVerify = computed(() => this.auth.can('organisation.verify'));

  protected readonly editing = signal(false);
  protected readonly saved = signal(false);
  protected readonly verifying = signal(false);
  protected readonly justVerified = signal(false);

  private readonly reloads = new Subject<void>();
  /** Set after a save or verification, so the page shows the API's answer without asking again. */
  private readonly latest = signal<OrganisationDto | null>(null);
  private readonly loaded = toSignal(
    combineLatest([toObservable(this.organisationId), this.reloads.pipe(startWith(undefined))]).pipe(
      switchMap(([id]) => (id ? loadable(this.api.get(id)) : of<Loadable<OrganisationDto>>(LOADING))),
    ),
    { initialValue: LOADING as Loadable<OrganisationDto> },
  );
  protected readonly state = computed<Loadable<OrganisationDto>>(() => {
    const latest = this.latest();
    const loaded = this.loaded();
    return latest && loaded.kind === 'loaded' && latest.id === loaded.value.id ? { kind: 'loaded', value: latest } : loaded;
  });

  protected reload(): void {
    this.latest.set(null);
    this.reloads.next();
  }

  protected edit(): void {
    this.saved.set(false);
    this.editing.set(true);
  }

  protected onSaved(organisation: OrganisationDto): void {
    this.latest.set(organisation);
    this.editing.set(false);
    this.saved.set(true);
  }

  protected async verify(organisation: OrganisationDto): Promise<void> {
    this.verifying.set(true);
    try {
      this.latest.set(await firstValueFrom(this.api.verify(organisation.id)));
      this.justVerified.set(true);
    } catch {
      // The snackbar has explained; the button stays for another try.
    } finally {
      this.verifying.set(false);
    }
  }
}
