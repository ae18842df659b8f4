import { HttpStatus } from '@nestjs/common';
import { LOCALES, TRANCHE_BLOCKS } from '@skema/contracts';
import { AwardExceededError, FourEyesError, IllegalTransitionError } from '@skema/domain';
import { AppException } from '../../common/errors/app.exception';
import { TRANCHE_BLOCK_MESSAGES } from '../../common/i18n/grants-messages';
import { asAppException, check, trancheNotPayable } from './grant-errors';

describe('the grant rules’ refusals as API answers', () => {
  it('name every reason a tranche can be blocked, in both languages', () => {
    for (const block of TRANCHE_BLOCKS) {
      for (const locale of LOCALES) expect(TRANCHE_BLOCK_MESSAGES[block][locale].trim()).not.toBe('');
      expect(TRANCHE_BLOCK_MESSAGES[block].sq).not.toBe(TRANCHE_BLOCK_MESSAGES[block].en);
    }
    const refusal = trancheNotPayable(['previous_tranche_unpaid', 'final_report_missing']);
    expect(refusal).toMatchObject({ code: 'tranche_not_payable', status: HttpStatus.CONFLICT });
    expect(refusal.fieldErrors?.('en')).toEqual([
      { field: 'blocks.previous_tranche_unpaid', message: 'The previous tranche has not been paid yet.' },
      {
        field: 'blocks.final_report_missing',
        message: 'The approved final report is missing: the balance is paid once it is approved.',
      },
    ]);
  });

  it('map illegal moves to 409, the preparer approving to 403, an approval beyond the award to 409', () => {
    expect(asAppException(new IllegalTransitionError('paid', 'approved', 'payment'))).toMatchObject({
      code: 'illegal_transition',
      status: HttpStatus.CONFLICT,
    });
    expect(asAppException(new FourEyesError('a', 'a'))).toMatchObject({
      code: 'four_eyes_required',
      status: HttpStatus.FORBIDDEN,
    });
    const exceeded = asAppException(new AwardExceededError(3_600_000, 3_500_000, 123_456)) as AppException;
    expect(exceeded).toMatchObject({ code: 'award_exceeded', status: HttpStatus.CONFLICT });
    expect(exceeded.fieldErrors?.('en')).toEqual([
      { field: 'awardCents', message: 'Award: €36,000.00' },
      { field: 'committedCents', message: 'Committed (approved and paid): €35,000.00' },
      { field: 'amountCents', message: 'This payment: €1,234.56' },
    ]);
    const other = new Error('boom');
    expect(asAppException(other)).toBe(other);
    expect(() => check(() => undefined)).not.toThrow();
    expect(() =>
      check(() => {
        throw new FourEyesError('a', 'a');
      }),
    ).toThrow(AppException);
  });
});
