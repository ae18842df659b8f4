import { Pipe, PipeTransform, inject } from '@angular/core';
import type { LocalizedText, RegionCode } from '@skema/contracts';
import { REGION_NAMES } from '@skema/contracts';
import { LanguageService } from '../../core/i18n/language.service';

/**
 * `{{ call.title | skLocalized }}`: the API's bilingual texts in the person's language. Impure like
 * skMoney, so it follows a language switch.
 */
@Pipe({ name: 'skLocalized', pure: false })
export class SkLocalizedPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(text: LocalizedText | null | undefined): string {
    return text ? text[this.language.language()] : '';
  }
}

/** `{{ lot.regionCode | skRegion }}` → `Sarandë` / `Saranda`. */
@Pipe({ name: 'skRegion', pure: false })
export class SkRegionPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(code: RegionCode): string {
    return REGION_NAMES[code]?.[this.language.language()] ?? code;
  }
}
