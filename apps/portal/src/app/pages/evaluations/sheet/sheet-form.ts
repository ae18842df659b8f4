import { AbstractControl, FormControl, FormGroup, FormRecord, ValidationErrors, Validators } from '@angular/forms';
import {
  CriterionScoreDto,
  EVALUATION_LIMITS,
  EvaluationCriterionDto,
  EvaluationGridDto,
  EvaluationPointsDto,
  FieldError,
} from '@skema/contracts';
import { evaluationPoints } from '@skema/domain';

export type CriterionGroup = FormGroup<{ score: FormControl<number | null>; comment: FormControl<string> }>;
/** One group per criterion, by criterion key (keys hold dots, so never look them up with `form.get`). */
export type SheetForm = FormRecord<CriterionGroup>;

export function criteriaOf(grid: EvaluationGridDto): EvaluationCriterionDto[] {
  return grid.sections.flatMap((section) => section.criteria);
}

/** The form of a sheet, filled with what the evaluator last saved. */
export function buildSheetForm(grid: EvaluationGridDto, scores: readonly CriterionScoreDto[]): SheetForm {
  const saved = new Map(scores.map((entry) => [entry.criterionKey, entry]));
  const form = new FormRecord<CriterionGroup>({});
  for (const criterion of criteriaOf(grid)) {
    const entry = saved.get(criterion.key);
    form.addControl(
      criterion.key,
      new FormGroup({
        score: new FormControl<number | null>(entry?.score ?? null),
        comment: new FormControl(entry?.comment ?? '', {
          nonNullable: true,
          validators: Validators.maxLength(EVALUATION_LIMITS.commentMaxLength),
        }),
      }),
    );
  }
  return form;
}

/** The whole sheet as the API takes it, in grid order; an empty comment is no comment. */
export function sheetScores(grid: EvaluationGridDto, form: SheetForm): CriterionScoreDto[] {
  return criteriaOf(grid).map((criterion) => {
    const value = form.controls[criterion.key]?.getRawValue();
    return { criterionKey: criterion.key, score: value?.score ?? null, comment: value?.comment ? value.comment : null };
  });
}

/**
 * The running points with the domain's arithmetic (the API's too). The score selector offers only
 * valid scores, so the domain never refuses; if it did, nothing is counted rather than a wrong sum.
 */
export function livePoints(grid: EvaluationGridDto, scores: readonly CriterionScoreDto[]): EvaluationPointsDto {
  try {
    return evaluationPoints(grid, scores);
  } catch {
    return { sections: Object.fromEntries(grid.sections.map((s) => [s.key, 0])), total: 0, complete: false };
  }
}

/** A comment of spaces says nothing: the domain counts it as missing, and so does the form. */
function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() === '' ? { required: true } : null;
}

/**
 * From the first attempt to submit on, every criterion needs its score and comment, and the form says
 * so as the evaluator goes: a mark clears the moment the field is filled.
 */
export function requireEverything(form: SheetForm): void {
  for (const group of Object.values(form.controls)) {
    const { score, comment } = group.controls;
    if (!score.hasValidator(Validators.required)) score.addValidators(Validators.required);
    if (!comment.hasValidator(notBlank)) comment.addValidators(notBlank);
    score.updateValueAndValidity({ emitEvent: false });
    comment.updateValueAndValidity({ emitEvent: false });
  }
  form.markAllAsTouched();
}

/**
 * Puts the API's field errors (`scores.<criterionKey>.score|comment`, or the index in the sheet sent)
 * under the criterion they name, as a `server` error that clears once the field changes. Returns the
 * messages no criterion could take.
 */
export function placeFieldErrors(
  form: SheetForm,
  errors: readonly FieldError[],
  sent: readonly CriterionScoreDto[],
): string[] {
  const unplaced: string[] = [];
  for (const error of errors) {
    const match = /^scores\.(.+)\.(score|comment)$/.exec(error.field);
    const key = match?.[1];
    const group = key === undefined ? undefined : (form.controls[key] ?? indexed(form, sent, key));
    const control = match && group ? group.controls[match[2] as 'score' | 'comment'] : null;
    if (!control) {
      unplaced.push(error.message);
      continue;
    }
    control.setErrors({ ...control.errors, server: error.message });
    control.markAsTouched();
  }
  return unplaced;
}

function indexed(form: SheetForm, sent: readonly CriterionScoreDto[], key: string): CriterionGroup | undefined {
  const index = /^\d+$/.test(key) ? Number(key) : -1;
  const criterionKey = sent[index]?.criterionKey;
  return criterionKey === undefined ? undefined : form.controls[criterionKey];
}
