import { HttpStatus } from '@nestjs/common';
import type { FieldError, Locale, TrancheBlock } from '@skema/contracts';
import { AwardExceededError, FourEyesError, IllegalTransitionError } from '@skema/domain';
import { AppException } from '../../common/errors/app.exception';
import { TRANCHE_BLOCK_MESSAGES } from '../../common/i18n/grants-messages';
import { formatEuros } from '../applications/receipts/receipt-document';

/** Every reason a tranche cannot be paid, as a field error per reason (`blocks.<code>`) in the caller's language. */
export function trancheNotPayable(blocks: readonly TrancheBlock[]): AppException {
  return new AppException('tranche_not_payable', HttpStatus.CONFLICT, {}, (locale) =>
    blocks.map((block): FieldError => ({ field: `blocks.${block}`, message: TRANCHE_BLOCK_MESSAGES[block][locale] })),
  );
}

const AMOUNT_LABELS: Record<Locale, { award: string; committed: string; amount: string }> = {
  sq: { award: 'Granti i dhënë', committed: 'Të angazhuara (miratuar dhe paguar)', amount: 'Kjo pagesë' },
  en: { award: 'Award', committed: 'Committed (approved and paid)', amount: 'This payment' },
};

/**
 * The domain's refusals as the API's answers: a move the lifecycle does not have (409), the preparer
 * approving (403), an approval beyond the award (409, with the three amounts in the caller's
 * formatting). Anything else is rethrown as it is.
 */
export function asAppException(error: unknown): unknown {
  if (error instanceof IllegalTransitionError) return new AppException('illegal_transition', HttpStatus.CONFLICT);
  if (error instanceof FourEyesError) return new AppException('four_eyes_required', HttpStatus.FORBIDDEN);
  if (error instanceof AwardExceededError) {
    const amounts = { award: error.awardCents, committed: error.committedCents, amount: error.amountCents };
    return new AppException('award_exceeded', HttpStatus.CONFLICT, {}, (locale) =>
      (Object.keys(amounts) as (keyof typeof amounts)[]).map((field) => ({
        field: `${field}Cents`,
        message: `${AMOUNT_LABELS[locale][field]}: ${formatEuros(amounts[field], locale)}`,
      })),
    );
  }
  return error;
}

/** Runs a domain check, answering its refusal the API's way. */
export function check(rule: () => void): void {
  try {
    rule();
  } catch (error) {
    throw asAppException(error);
  }
}
