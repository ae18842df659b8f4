import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonToggle, MatButtonToggleChange, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { TranslocoDirective } from '@jsverse/transloco';
import { isLocale } from '@skema/contracts';
import { LanguageService } from '../i18n/language.service';

/**
 * Both languages stay visible, each named in itself ("Shqip", "English") and marked with its `lang`,
 * so a person who cannot read the current language still finds their own.
 */
@Component({
  selector: 'sk-language-switch',
  imports: [MatButtonToggleGroup, MatButtonToggle, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './language-switch.component.scss',
  template: `
    <mat-button-toggle-group
      *transloco="let t"
      class="sk-language-switch"
      hideSingleSelectionIndicator
      [value]="languageService.language()"
      [attr.aria-label]="t('language.label')"
      (change)="select($event)"
    >
      @for (language of languageService.languages; track language) {
        <mat-button-toggle [value]="language" [attr.lang]="language">{{ t('language.' + language) }}</mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
})
export class LanguageSwitchComponent {
  protected readonly languageService = inject(LanguageService);

  protected select(change: MatButtonToggleChange): void {
    if (isLocale(change.value)) this.languageService.use(change.value);
  }
}
