import { AbstractControl, FormControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { ConfirmLotRankingRequest, LotRankingDto } from '@skema/contracts';
import { eurToCents, formatHundredths } from '../../call-management/typed-values';
import { hasAward } from './ranking-rows';

/**
 * The awards of one lot as a typed form: per ranked application (selected or reserve) the amount in
 * EUR as typed, read into cents exactly. PRAG lets the programme manager reduce a grant, never raise
 * it: an award above the grant requested, or not positive, is refused as the person types.
 */
export type AwardsForm = FormGroup<Record<string, FormControl<string>>>;

export function awardWithinRequest(requestedCents: number): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const text = (control.value ?? '').trim();
    if (text === '') return { required: true };
    const cents = eurToCents(text);
    if (cents === null) return { amount: true };
    if (cents < 1) return { amountMin: true };
    return cents > requestedCents ? { awardAboveRequest: true } : null;
  };
}

/** One control per ranked application, keyed by its id, starting from the confirmed (or requested) amount. */
export function awardsForm(lot: LotRankingDto, decimalSeparator = '.'): AwardsForm {
  const controls: Record<string, FormControl<string>> = {};
  for (const entry of lot.entries.filter(hasAward)) {
    controls[entry.applicationId] = new FormControl(
      formatHundredths(entry.awardCents ?? entry.requestedGrantCents, decimalSeparator),
      { nonNullable: true, validators: awardWithinRequest(entry.requestedGrantCents) },
    );
  }
  return new FormGroup(controls);
}

/** The confirmation of a valid form: the awards reduced below the request (the rest get what they asked). */
export function confirmRequest(form: AwardsForm, lot: LotRankingDto): ConfirmLotRankingRequest {
  const awards: ConfirmLotRankingRequest['awards'] = [];
  for (const entry of lot.entries.filter(hasAward)) {
    const cents = eurToCents(form.controls[entry.applicationId]?.value);
    if (cents !== null && cents < entry.requestedGrantCents)
      awards.push({ applicationId: entry.applicationId, awardCents: cents });
  }
  return { awards };
}
