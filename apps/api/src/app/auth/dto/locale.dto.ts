import { IsIn } from 'class-validator';
import { type Locale, LOCALES } from '@skema/contracts';

export class LocaleDto {
  /** `sq` or `en`: the language of the person's e-mails and documents (receipts). */
  @IsIn(LOCALES)
  locale!: Locale;
}
