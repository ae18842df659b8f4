import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { Subscription, map } from 'rxjs';

/**
 * Route `title`s are translation keys. The document title is the first thing a screen reader says
 * after navigation, so it must be in the person's language and follow a later switch too.
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private subscription?: Subscription;

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const key = this.buildTitle(snapshot) ?? 'app.tagline';
    this.subscription?.unsubscribe();
    // `selectTranslate` re-emits after each language switch, once that language has loaded.
    this.subscription = this.transloco
      .selectTranslate<string>(key)
      .pipe(map((page) => this.transloco.translate('app.documentTitle', { page })))
      .subscribe((text) => this.title.setTitle(text));
  }
}
