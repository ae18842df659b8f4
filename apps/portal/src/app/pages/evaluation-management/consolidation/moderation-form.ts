import { AbstractControl, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import {
  type ApplicationEvaluationsDto,
  EVALUATION_LIMITS,
  type EvaluationGridDto,
  type SaveModerationRequest,
} from '@skema/contracts';
import { formatHundredths, parseHundredths } from '../../call-management/typed-values';

/**
 * The committee's moderation as a typed form: one score per grid section, typed in points with up to
 * two decimals (`17,5`, `17.25`) and kept as whole hundredths (1750, 1725) — the unit of consolidated
 * scores — read by string arithmetic, never a float; each within its section's maximum; and a note
 * saying why (at least EVALUATION_LIMITS.moderationNoteMinLength characters).
 */

export type ModerationForm = FormGroup<{
  sections: FormGroup<Record<string, FormControl<string>>>;
  note: FormControl<string>;
}>;

/** Points as typed → hundredths (`"17,5"` → 1750), or null when it is not a number with ≤ 2 decimals. */
export const pointsToHundredths = parseHundredths;

/** A section score: points with up to 2 decimals, from 0 to the section's maximum. */
export function sectionPoints(maxScore: number): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const text = control.value ?? '';
    if (text.trim() === '') return null;
    const hundredths = pointsToHundredths(text);
    if (hundredths === null) return { points: true };
    return hundredths > maxScore * 100 ? { pointsAboveMax: { max: maxScore } } : null;
  };
}

/** The note, trimmed, at least the minimum length: the record says why the committee decided so. */
export function moderationNote(control: AbstractControl<string | null>): ValidationErrors | null {
  const length = (control.value ?? '').trim().length;
  if (length === 0) return { required: true };
  const min = EVALUATION_LIMITS.moderationNoteMinLength;
  return length < min ? { noteTooShort: { min } } : null;
}

/**
 * The form for an application: starts from the recorded moderation, else from the consolidated section
 * scores, else empty (a divergent application has none). `decimalSeparator` is the reader's.
 */
export function moderationForm(evaluations: ApplicationEvaluationsDto, decimalSeparator = '.'): ModerationForm {
  const start = evaluations.moderation?.sectionScores ?? evaluations.consolidation.sectionScores ?? {};
  const sections: Record<string, FormControl<string>> = {};
  for (const section of evaluations.grid.sections) {
    const value = start[section.key];
    sections[section.key] = new FormControl(value === undefined ? '' : formatHundredths(value, decimalSeparator), {
      nonNullable: true,
      validators: [Validators.required, sectionPoints(section.maxScore)],
    });
  }
  return new FormGroup({
    sections: new FormGroup(sections),
    note: new FormControl(evaluations.moderation?.note ?? '', {
      nonNullable: true,
      validators: [moderationNote, Validators.maxLength(EVALUATION_LIMITS.moderationNoteMaxLength)],
    }),
  });
}

/** Σ of the section scores typed so far, in hundredths (a field not yet a number counts 0). */
export function moderationTotal(form: ModerationForm): number {
  return Object.values(form.controls.sections.controls).reduce(
    (sum, control) => sum + (pointsToHundredths(control.value) ?? 0),
    0,
  );
}

/** The request of a valid form: hundredths per section key, the note trimmed. */
export function moderationRequest(form: ModerationForm, grid: EvaluationGridDto): SaveModerationRequest {
  const sections = form.controls.sections.controls;
  return {
    sectionScores: Object.fromEntries(
      grid.sections.map((s) => [s.key, pointsToHundredths(sections[s.key].value) ?? 0]),
    ),
    note: form.controls.note.value.trim(),
  };
}
