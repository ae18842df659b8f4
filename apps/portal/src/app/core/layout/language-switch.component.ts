import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { Locale } from '@skema/contracts';
import { LanguageService } from '../i18n/language.service';

/**
 * Both languages stay visible, each named in itself ("Shqip", "English") and marked with its `lang`,
 * so a person who cannot read the current language still finds their own. Plain toggle buttons
 * (`aria-pressed`) rather than Material's button-toggle group: that one pulls @angular/forms into
 * the first download of every visitor, for two buttons.
 */
@Component({
  selector: 'sk-language-switch',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './language-switch.component.scss',
  template: `
    <div *transloco="let t" class="sk-language-switch" role="group" [attr.aria-label]="t('language.label')">
      @for (language of languageService.languages; track language) {
        <button
          type="button"
          class="sk-language-switch__option"
          [attr.lang]="language"
          [attr.aria-pressed]="languageService.language() === language"
          (click)="select(language)"
        >
          {{ t('language.' + language) }}
        </button>
      }
    </div>
  `,
})
export class LanguageSwitchComponent {
  protected readonly languageService = inject(LanguageService);

  protected select(language: Locale): void {
    this.languageService.use(language);
  }
}
