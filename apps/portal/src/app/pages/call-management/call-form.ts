import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import {
  type AttachmentType,
  CALL_ITEM_KEY_PATTERN,
  CALL_LIMITS,
  CRITERION_SCORE_MAX,
  CRITERION_SCORE_MIN,
  type CriterionWeight,
  type RegionCode,
} from '@skema/contracts';
import {
  type AmendFormValue,
  type AttachmentFormValue,
  type CallFormValue,
  type CriterionFormValue,
  type EligibilityFormValue,
  type GridFormValue,
  type LotFormValue,
  type SectionFormValue,
  sectionMaximum,
} from './call-form-mapping';
import { eurToCents, mebibytesToBytes, percentToBasisPoints, tiraneLocalToIso } from './typed-values';

/**
 * The typed reactive form of a call, its parts and its validators. Every limit is CALL_LIMITS, the
 * same the API checks, so a form the portal accepts is one the API accepts; the cross-field rules
 * (minimum ≤ maximum, deadline after opening, thresholds within the maximum) are checked as you type.
 */

export type LocalizedGroup = FormGroup<{ sq: FormControl<string>; en: FormControl<string> }>;
export type LotGroup = FormGroup<{
  regionCode: FormControl<RegionCode>;
  included: FormControl<boolean>;
  envelope: FormControl<string>;
}>;
export type EligibilityGroup = FormGroup<{ key: FormControl<string>; text: LocalizedGroup }>;
export type CriterionGroup = FormGroup<{
  key: FormControl<string>;
  name: LocalizedGroup;
  maxScore: FormControl<number | null>;
  weight: FormControl<CriterionWeight>;
}>;
export type SectionGroup = FormGroup<{
  key: FormControl<string>;
  name: LocalizedGroup;
  passThreshold: FormControl<number | null>;
  criteria: FormArray<CriterionGroup>;
}>;
export type GridGroup = FormGroup<{ passThreshold: FormControl<number | null>; sections: FormArray<SectionGroup> }>;
export type AttachmentGroup = FormGroup<{
  key: FormControl<string>;
  name: LocalizedGroup;
  acceptedTypes: FormControl<AttachmentType[]>;
  maxSizeMb: FormControl<string>;
}>;

export type CallForm = FormGroup<{
  title: LocalizedGroup;
  text: LocalizedGroup;
  opensAt: FormControl<string>;
  deadline: FormControl<string>;
  totalBudget: FormControl<string>;
  minGrant: FormControl<string>;
  maxGrant: FormControl<string>;
  maxCofinancingShare: FormControl<string>;
  minDurationMonths: FormControl<number | null>;
  maxDurationMonths: FormControl<number | null>;
  lots: FormArray<LotGroup>;
  eligibility: FormArray<EligibilityGroup>;
  grid: GridGroup;
  divergenceGap: FormControl<string>;
  requiredAttachments: FormArray<AttachmentGroup>;
}>;

export type AmendForm = FormGroup<{
  reason: LocalizedGroup;
  title: LocalizedGroup;
  text: LocalizedGroup;
  deadline: FormControl<string>;
  lots: FormArray<LotGroup>;
  grid: GridGroup;
}>;

// ---- validators (empty values pass: `Validators.required` says "required") ----

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

/** EUR with up to 2 decimals, from 0.01 to CALL_LIMITS.amountMaxCents. */
export function eurAmount(control: AbstractControl<string | null>): ValidationErrors | null {
  if (isEmpty(control.value)) return null;
  const cents = eurToCents(control.value);
  if (cents === null) return { amount: true };
  if (cents < 1) return { amountMin: true };
  if (cents > CALL_LIMITS.amountMaxCents) return { amountMax: { max: CALL_LIMITS.amountMaxCents / 100 } };
  return null;
}

/** A share of eligible costs in percent: above 0, at most 100, up to 2 decimals (whole basis points). */
export function sharePercent(control: AbstractControl<string | null>): ValidationErrors | null {
  if (isEmpty(control.value)) return null;
  const bp = percentToBasisPoints(control.value);
  return bp === null || bp < 1 || bp > CALL_LIMITS.cofinancingShareMaxBp ? { share: true } : null;
}

/** The divergence gap in percent of the grid's maximum: 0 to 100, up to 2 decimals (whole basis points). */
export function gapPercent(control: AbstractControl<string | null>): ValidationErrors | null {
  if (isEmpty(control.value)) return null;
  const bp = percentToBasisPoints(control.value);
  return bp === null || bp > 10_000 ? { gapPercent: true } : null;
}

export function sizeMebibytes(control: AbstractControl<string | null>): ValidationErrors | null {
  if (isEmpty(control.value)) return null;
  const bytes = mebibytesToBytes(control.value);
  const max = CALL_LIMITS.attachmentMaxSizeBytes;
  return bytes === null || bytes < 1 || bytes > max ? { sizeMb: { max: max / (1024 * 1024) } } : null;
}

export function wholeNumber(control: AbstractControl<number | null>): ValidationErrors | null {
  return isEmpty(control.value) || Number.isInteger(control.value) ? null : { integer: true };
}

export function tiraneDateTime(control: AbstractControl<string | null>): ValidationErrors | null {
  return isEmpty(control.value) || tiraneLocalToIso(control.value) ? null : { dateTime: true };
}

/** Keys of checklist items, attachments and grid entries, as the API's pattern (lower case, digits, . _ -). */
export function itemKey(control: AbstractControl<string | null>): ValidationErrors | null {
  return isEmpty(control.value) || CALL_ITEM_KEY_PATTERN.test(String(control.value).trim()) ? null : { itemKey: true };
}

/**
 * A rule between this control and a sibling (e.g. maximum grant ≥ minimum grant). `holds` gets both
 * values once each is readable; the rule re-runs when the sibling changes (see `revalidateWhen`).
 */
function siblingRule<T>(sibling: string, error: string, read: (v: unknown) => T | null, holds: (own: T, other: T) => boolean): ValidatorFn {
  return (control) => {
    const own = read(control.value);
    const other = read(control.parent?.get(sibling)?.value);
    return own === null || other === null || holds(own, other) ? null : { [error]: true };
  };
}

const readCents = (v: unknown) => (typeof v === 'string' ? eurToCents(v) : null);
const readNumber = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const readInstant = (v: unknown) => (typeof v === 'string' ? tiraneLocalToIso(v) : null);

export const deadlineAfterOpening = siblingRule('opensAt', 'deadlineBeforeOpening', readInstant, (deadline, opens) => deadline > opens);
export const maxGrantAtLeastMin = siblingRule('minGrant', 'maxBelowMin', readCents, (max, min) => max >= min);
export const maxGrantWithinBudget = siblingRule('totalBudget', 'aboveTotalBudget', readCents, (max, total) => max <= total);
export const maxDurationAtLeastMin = siblingRule('minDurationMonths', 'maxBelowMin', readNumber, (max, min) => max >= min);

/** A section's threshold within the section's maximum (Σ of its criteria), as validateGrid requires. */
export function sectionThreshold(control: AbstractControl<number | null>): ValidationErrors | null {
  const criteria = control.parent?.get('criteria')?.value as CriterionFormValue[] | undefined;
  if (isEmpty(control.value) || !criteria) return null;
  const max = sectionMaximum({ criteria });
  return control.value !== null && control.value > max ? { thresholdAboveMax: { max } } : null;
}

export function gridThreshold(control: AbstractControl<number | null>): ValidationErrors | null {
  const sections = control.parent?.get('sections')?.value as SectionFormValue[] | undefined;
  if (isEmpty(control.value) || !sections) return null;
  const max = sections.reduce((sum, section) => sum + sectionMaximum(section), 0);
  return control.value !== null && control.value > max ? { thresholdAboveMax: { max } } : null;
}

/** A key used twice in its list (checklist, attachments) or anywhere in the grid. */
export function uniqueKey(scope: (control: AbstractControl) => AbstractControl | null): ValidatorFn {
  return (control) => {
    const key = String(control.value ?? '').trim();
    const root = scope(control);
    if (!key || !root) return null;
    return collectKeys(root.value).filter((k) => k === key).length > 1 ? { duplicateKey: true } : null;
  };
}

function collectKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(collectKeys);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = typeof record['key'] === 'string' ? [record['key'].trim()] : [];
  return [...own, ...collectKeys(record['sections']), ...collectKeys(record['criteria'])];
}

/** The list a checklist or attachment key lives in: item group → array. */
const listScope = (control: AbstractControl) => control.parent?.parent ?? null;

/** The grid a section or criterion key lives in: walk up to the group holding `sections`. */
function gridScope(control: AbstractControl): AbstractControl | null {
  let node = control.parent;
  while (node && !node.get('sections')) node = node.parent;
  return node;
}

/**
 * Re-runs the validators of `targets` when `source` changes, for rules that read other controls.
 * When the person changed `source`, a target already filled in shows its error at once (typing a
 * minimum above the maximum marks the maximum). `emitEvent: false` so nothing feeds back into `source`.
 */
export function revalidateWhen(source: AbstractControl, targets: () => readonly AbstractControl[]): void {
  source.valueChanges.subscribe(() =>
    targets().forEach((target) => {
      target.updateValueAndValidity({ emitEvent: false });
      if (source.dirty && !isEmpty(target.value)) target.markAsTouched();
    }),
  );
}

// ---- builders ----

export function localizedGroup(value: { sq: string; en: string }, min: number, max: number): LocalizedGroup {
  const validators = [Validators.required, Validators.minLength(min), Validators.maxLength(max)];
  return new FormGroup({
    sq: new FormControl(value.sq, { nonNullable: true, validators }),
    en: new FormControl(value.en, { nonNullable: true, validators }),
  });
}

export function lotGroup(value: LotFormValue): LotGroup {
  const group: LotGroup = new FormGroup({
    regionCode: new FormControl(value.regionCode, { nonNullable: true }),
    included: new FormControl(value.included, { nonNullable: true }),
    envelope: new FormControl(value.envelope, { nonNullable: true, validators: eurAmount }),
  });
  // An envelope matters only for a region that has a lot; then it is required.
  const sync = (included: boolean) => {
    group.controls.envelope.setValidators(included ? [Validators.required, eurAmount] : eurAmount);
    group.controls.envelope.updateValueAndValidity({ emitEvent: false });
  };
  sync(value.included);
  group.controls.included.valueChanges.subscribe(sync);
  return group;
}

export function eligibilityGroup(value: EligibilityFormValue): EligibilityGroup {
  return new FormGroup({
    key: new FormControl(value.key, { nonNullable: true, validators: [itemKey, uniqueKey(listScope)] }),
    text: localizedGroup(value.text, 1, CALL_LIMITS.eligibilityTextMaxLength),
  });
}

export function criterionGroup(value: CriterionFormValue): CriterionGroup {
  return new FormGroup({
    key: new FormControl(value.key, { nonNullable: true, validators: [Validators.required, itemKey, uniqueKey(gridScope)] }),
    name: localizedGroup(value.name, 1, CALL_LIMITS.gridNameMaxLength),
    maxScore: new FormControl(value.maxScore, [
      Validators.required,
      Validators.min(CRITERION_SCORE_MIN),
      Validators.max(CRITERION_SCORE_MAX),
      wholeNumber,
    ]),
    weight: new FormControl<CriterionWeight>(value.weight, { nonNullable: true }),
  });
}

export function sectionGroup(value: SectionFormValue): SectionGroup {
  const group: SectionGroup = new FormGroup({
    key: new FormControl(value.key, { nonNullable: true, validators: [Validators.required, itemKey, uniqueKey(gridScope)] }),
    name: localizedGroup(value.name, 1, CALL_LIMITS.gridNameMaxLength),
    passThreshold: new FormControl(value.passThreshold, [Validators.min(0), wholeNumber, sectionThreshold]),
    criteria: new FormArray(value.criteria.map(criterionGroup), Validators.maxLength(CALL_LIMITS.criteriaPerSectionMax)),
  });
  revalidateWhen(group.controls.criteria, () => [group.controls.passThreshold]);
  return group;
}

export function gridGroup(value: GridFormValue): GridGroup {
  const group: GridGroup = new FormGroup({
    passThreshold: new FormControl(value.passThreshold, [Validators.min(0), wholeNumber, gridThreshold]),
    sections: new FormArray(value.sections.map(sectionGroup), Validators.maxLength(CALL_LIMITS.sectionsMax)),
  });
  revalidateWhen(group.controls.sections, () => [group.controls.passThreshold, ...gridKeyControls(group)]);
  return group;
}

function gridKeyControls(grid: GridGroup): AbstractControl[] {
  return grid.controls.sections.controls.flatMap((section) => [
    section.controls.key,
    ...section.controls.criteria.controls.map((criterion) => criterion.controls.key),
  ]);
}

export function attachmentGroup(value: AttachmentFormValue): AttachmentGroup {
  return new FormGroup({
    key: new FormControl(value.key, { nonNullable: true, validators: [itemKey, uniqueKey(listScope)] }),
    name: localizedGroup(value.name, 1, CALL_LIMITS.attachmentNameMaxLength),
    acceptedTypes: new FormControl<AttachmentType[]>([...value.acceptedTypes], {
      nonNullable: true,
      validators: Validators.required,
    }),
    maxSizeMb: new FormControl(value.maxSizeMb, { nonNullable: true, validators: [Validators.required, sizeMebibytes] }),
  });
}

/** A list whose items check their keys against each other: every key re-validates on any change. */
function keyedList<G extends EligibilityGroup | AttachmentGroup>(groups: G[], max: number): FormArray<G> {
  const array = new FormArray<G>(groups, Validators.maxLength(max));
  revalidateWhen(array, () => (array.controls as G[]).map((group) => group.controls.key));
  return array;
}

const required = (validators: ValidatorFn[] = []) => ({ nonNullable: true as const, validators: [Validators.required, ...validators] });
const months = [Validators.required, Validators.min(CALL_LIMITS.durationMinMonths), Validators.max(CALL_LIMITS.durationMaxMonths), wholeNumber];

export function createCallForm(value: CallFormValue): CallForm {
  const form: CallForm = new FormGroup({
    title: localizedGroup(value.title, CALL_LIMITS.titleMinLength, CALL_LIMITS.titleMaxLength),
    text: localizedGroup(value.text, 1, CALL_LIMITS.textMaxLength),
    opensAt: new FormControl(value.opensAt, required([tiraneDateTime])),
    deadline: new FormControl(value.deadline, required([tiraneDateTime, deadlineAfterOpening])),
    totalBudget: new FormControl(value.totalBudget, required([eurAmount])),
    minGrant: new FormControl(value.minGrant, required([eurAmount])),
    maxGrant: new FormControl(value.maxGrant, required([eurAmount, maxGrantAtLeastMin, maxGrantWithinBudget])),
    maxCofinancingShare: new FormControl(value.maxCofinancingShare, required([sharePercent])),
    minDurationMonths: new FormControl(value.minDurationMonths, months),
    maxDurationMonths: new FormControl(value.maxDurationMonths, [...months, maxDurationAtLeastMin]),
    lots: new FormArray(value.lots.map(lotGroup)),
    eligibility: keyedList(value.eligibility.map(eligibilityGroup), CALL_LIMITS.eligibilityItemsMax),
    grid: gridGroup(value.grid),
    divergenceGap: new FormControl(value.divergenceGap, required([gapPercent])),
    requiredAttachments: keyedList(value.requiredAttachments.map(attachmentGroup), CALL_LIMITS.attachmentsMax),
  });
  const c = form.controls;
  revalidateWhen(c.opensAt, () => [c.deadline]);
  revalidateWhen(c.minGrant, () => [c.maxGrant]);
  revalidateWhen(c.totalBudget, () => [c.maxGrant]);
  revalidateWhen(c.minDurationMonths, () => [c.maxDurationMonths]);
  return form;
}

export function createAmendForm(value: AmendFormValue): AmendForm {
  return new FormGroup({
    reason: localizedGroup(value.reason, CALL_LIMITS.reasonMinLength, CALL_LIMITS.reasonMaxLength),
    title: localizedGroup(value.title, CALL_LIMITS.titleMinLength, CALL_LIMITS.titleMaxLength),
    text: localizedGroup(value.text, 1, CALL_LIMITS.textMaxLength),
    deadline: new FormControl(value.deadline, required([tiraneDateTime])),
    lots: new FormArray(value.lots.map(lotGroup)),
    grid: gridGroup(value.grid),
  });
}

/** Replaces every section of a grid (e.g. with the PRAG grid), keeping the same FormArray. */
export function replaceSections(grid: GridGroup, value: GridFormValue): void {
  const sections = grid.controls.sections;
  sections.clear({ emitEvent: false });
  value.sections.forEach((section) => sections.push(sectionGroup(section), { emitEvent: false }));
  grid.controls.passThreshold.setValue(value.passThreshold, { emitEvent: false });
  sections.updateValueAndValidity();
  grid.markAsDirty();
}

/** Shows another call (or the saved one again) in the same form: lists are rebuilt to their new length. */
export function setCallForm(form: CallForm, value: CallFormValue): void {
  const { eligibility, requiredAttachments } = form.controls;
  eligibility.clear({ emitEvent: false });
  value.eligibility.forEach((item) => eligibility.push(eligibilityGroup(item), { emitEvent: false }));
  requiredAttachments.clear({ emitEvent: false });
  value.requiredAttachments.forEach((item) => requiredAttachments.push(attachmentGroup(item), { emitEvent: false }));
  replaceSections(form.controls.grid, value.grid);
  form.reset(value);
}

/** Keys the API made from the texts (left empty in the form) shown after a save, without touching the rest. */
export function fillGeneratedKeys(form: CallForm, saved: { eligibility: { key: string }[]; requiredAttachments: { key: string }[] }): void {
  const fill = (groups: readonly { controls: { key: FormControl<string> } }[], keys: { key: string }[]) =>
    groups.forEach((group, i) => {
      if (!group.controls.key.value && keys[i]) group.controls.key.setValue(keys[i].key);
    });
  fill(form.controls.eligibility.controls, saved.eligibility);
  fill(form.controls.requiredAttachments.controls, saved.requiredAttachments);
}
