import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { filter, map } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { AccountMenuComponent } from './account-menu.component';
import { LanguageSwitchComponent } from './language-switch.component';
import { GUEST_NAV_ITEMS, PUBLIC_NAV_ITEMS, navSectionsFor } from './nav-items';
import { NotificationBellComponent } from './notification-bell.component';
import { SiteFooterComponent } from './site-footer.component';

/** Below this width the navigation becomes an overlay opened from the toolbar (phones, small tablets). */
export const COMPACT_LAYOUT_QUERY = '(max-width: 959.98px)';

/** Keep in step with `$toolbar-height` in the stylesheet: the drawer starts below the toolbar. */
const TOOLBAR_HEIGHT_PX = 64;

/** The frame every page plugs into: header, navigation, main content and footer landmarks. */
@Component({
  selector: 'sk-shell',
  imports: [
    AccountMenuComponent,
    LanguageSwitchComponent,
    MatAnchor,
    MatIcon,
    MatIconButton,
    MatSidenav,
    MatSidenavContainer,
    MatSidenavContent,
    MatToolbar,
    NotificationBellComponent,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    SiteFooterComponent,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
})
export class ShellComponent {
  private readonly auth = inject(AuthService);
  protected readonly navItems = PUBLIC_NAV_ITEMS;
  protected readonly guestItems = GUEST_NAV_ITEMS;
  /** `null` until the start-up refresh has answered, so the toolbar does not flash "Sign in". */
  protected readonly signedIn = computed(() => (this.auth.ready() ? this.auth.isSignedIn() : null));
  protected readonly sections = computed(() => {
    const user = this.auth.user();
    if (!user) return [];
    const sections = navSectionsFor(user);
    // Until their second factor is on, such staff can only reach their account (the API allows no more).
    return this.auth.needsSecondFactorSetup()
      ? sections
          .map((section) => ({ ...section, items: section.items.filter((item) => item.path === '/account') }))
          .filter((section) => section.items.length > 0)
      : sections;
  });
  protected readonly toolbarHeight = TOOLBAR_HEIGHT_PX;

  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe(COMPACT_LAYOUT_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  /** Only meaningful in the compact layout; on wide screens the navigation is always there. */
  private readonly overlayOpen = signal(false);
  protected readonly navOpen = computed(() => !this.compact() || this.overlayOpen());

  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    const router = inject(Router);
    let firstNavigation = true;
    router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        this.overlayOpen.set(false);
        // A page change in an SPA is silent: move focus to the new content, as a full page load
        // would reset it, so keyboard and screen-reader users start reading the new page.
        if (firstNavigation) {
          firstNavigation = false;
          return;
        }
        this.focusMain();
      });
  }

  protected toggleNav(): void {
    this.overlayOpen.update((open) => !open);
  }

  protected onOpenedChange(open: boolean): void {
    if (this.compact()) this.overlayOpen.set(open);
  }

  /** A plain `href="#main-content"` would be resolved against `<base href>` and navigate home. */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  private focusMain(): void {
    this.main().nativeElement.focus({ preventScroll: true });
  }
}
