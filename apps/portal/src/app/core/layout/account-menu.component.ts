import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatIcon } from '@angular/material/icon';
import { NavigationStart, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { AuthService } from '../auth/auth.service';

/**
 * The signed-in person's name in the toolbar, opening their account links and "Sign out". A
 * disclosure (a button that shows a list of links) rather than an ARIA menu: it needs no roving focus
 * to be usable by keyboard, and no overlay library in the first download.
 */
@Component({
  selector: 'sk-account-menu',
  imports: [MatIcon, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'sk-account',
    '(document:click)': 'closeIfOutside($event)',
    '(keydown.escape)': 'close(true)',
    '(focusout)': 'closeIfFocusLeaves($event)',
  },
  templateUrl: './account-menu.component.html',
  styleUrl: './account-menu.component.scss',
})
export class AccountMenuComponent {
  private readonly auth = inject(AuthService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly trigger = viewChild.required<ElementRef<HTMLButtonElement>>('trigger');

  protected readonly user = this.auth.user;
  protected readonly open = signal(false);
  protected readonly initials = computed(() =>
    (this.user()?.displayName ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((part) => part[0].toUpperCase())
      .join(''),
  );

  constructor() {
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationStart),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.open.set(false));
  }

  protected toggle(): void {
    this.open.update((open) => !open);
  }

  protected close(returnFocus: boolean): void {
    if (!this.open()) return;
    this.open.set(false);
    if (returnFocus) this.trigger().nativeElement.focus();
  }

  protected closeIfOutside(event: Event): void {
    if (this.open() && !this.host.nativeElement.contains(event.target as Node)) this.open.set(false);
  }

  /** Tabbing past the last link closes the panel, so it never hides the page behind the focus. */
  protected closeIfFocusLeaves(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && !this.host.nativeElement.contains(next)) this.open.set(false);
  }

  protected signOut(): void {
    this.open.set(false);
    void this.auth.signOut();
  }
}
