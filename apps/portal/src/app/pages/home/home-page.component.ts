import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatCard } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { REGION_CODES, REGION_NAMES, ROLES, Role } from '@skema/contracts';
import { LanguageService } from '../../core/i18n/language.service';
import { SkMoneyPipe } from '../../shared/pipes/money.pipe';

/** The grant scheme's path from a call to the EU report (DESIGN §3–§5), in the order it happens. */
const JOURNEY = [
  { key: 'call', icon: 'campaign' },
  { key: 'application', icon: 'description' },
  { key: 'evaluation', icon: 'fact_check' },
  { key: 'grant', icon: 'payments' },
  { key: 'outcomes', icon: 'work' },
  { key: 'reporting', icon: 'assessment' },
] as const;

const ROLE_ICONS: Readonly<Record<Role, string>> = {
  applicant: 'groups',
  evaluator: 'rate_review',
  programme_manager: 'manage_accounts',
  finance_officer: 'account_balance',
  reporting_officer: 'insights',
  admin: 'admin_panel_settings',
};

/**
 * The demo call's defaults (DESIGN §3, the EU's usual practice), in EUR cents. Each call sets its own
 * limits; when calls are served by the API this sentence should quote the open call instead.
 */
const TYPICAL_GRANT_CENTS = { min: 1_000_000, max: 6_000_000 } as const;

@Component({
  selector: 'sk-home-page',
  imports: [MatAnchor, MatCard, MatIcon, RouterLink, SkMoneyPipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.component.html',
  styleUrl: './home-page.component.scss',
})
export class HomePageComponent {
  private readonly language = inject(LanguageService);

  protected readonly journey = JOURNEY;
  protected readonly roles = ROLES.map((role) => ({ role, icon: ROLE_ICONS[role] }));
  protected readonly grantCents = TYPICAL_GRANT_CENTS;

  protected readonly regions = computed(() => {
    const language = this.language.language();
    return REGION_CODES.map((code) => ({ code, name: REGION_NAMES[code][language] }));
  });
}
