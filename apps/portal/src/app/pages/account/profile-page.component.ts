import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { ROLES } from '@skema/contracts';
import { AuthService } from '../../core/auth/auth.service';
import { translatedOptions } from '../../core/i18n/translated-options';
import { ChangePasswordFormComponent } from './change-password-form.component';

/** Who the person is in Skema, as the API knows them, and their password. */
@Component({
  selector: 'sk-profile-page',
  imports: [ChangePasswordFormComponent, MatCard, MatCardContent, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sk-stack" *transloco="let t">
      @if (user(); as person) {
        <mat-card appearance="outlined">
          <mat-card-content>
            <h2 class="sk-section-title">{{ t('account.profile.summary') }}</h2>
            <dl class="profile">
              <dt>{{ t('account.profile.name') }}</dt>
              <dd>{{ person.displayName }}</dd>
              <dt>{{ t('account.profile.email') }}</dt>
              <dd>{{ person.email }}</dd>
              <dt>{{ t('account.profile.roles') }}</dt>
              <dd>{{ roles() }}</dd>
              @if (person.organisation; as organisation) {
                <dt>{{ t('account.profile.organisation') }}</dt>
                <dd>
                  <a routerLink="/organisation">{{ organisation.legalName }}</a>
                  ({{ organisation.verified ? t('organisation.verified') : t('organisation.notVerified') }})
                </dd>
              }
              <dt>{{ t('account.profile.secondFactor') }}</dt>
              <dd>
                {{ person.twoFactorEnabled ? t('account.profile.secondFactorOn') : t('account.profile.secondFactorOff') }}
                · <a routerLink="/account/security">{{ t('account.profile.manage') }}</a>
              </dd>
            </dl>
          </mat-card-content>
        </mat-card>
      }
      <mat-card appearance="outlined">
        <mat-card-content>
          <h2 class="sk-section-title">{{ t('account.password.title') }}</h2>
          <sk-change-password-form />
        </mat-card-content>
      </mat-card>
    </div>
  `,
  styles: `
    .profile {
      display: grid;
      grid-template-columns: minmax(8rem, max-content) 1fr;
      gap: 8px 24px;
      margin: 0;
    }
    dt {
      font-weight: 500;
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    @media (max-width: 599.98px) {
      .profile {
        grid-template-columns: 1fr;
        gap: 2px;
      }
      dd {
        margin-bottom: 8px;
      }
    }
  `,
})
export class ProfilePageComponent {
  private readonly auth = inject(AuthService);
  protected readonly user = this.auth.user;
  private readonly roleLabels = translatedOptions(ROLES, 'roles');
  protected readonly roles = computed(() => {
    const labels = new Map(this.roleLabels().map((option) => [option.value, option.label]));
    return (this.user()?.roles ?? []).map((role) => labels.get(role) ?? role).join(', ');
  });
}
