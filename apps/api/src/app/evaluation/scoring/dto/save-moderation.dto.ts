import { EVALUATION_LIMITS, type SaveModerationRequest } from '@skema/contracts';
import { IsObject, IsString, MaxLength } from 'class-validator';

/**
 * The committee's agreed score per grid section, in hundredths, and why. Which sections, their range
 * and the note's minimum (not counting spaces) are checked against the call's grid by the service.
 */
export class SaveModerationDto implements SaveModerationRequest {
  /** Hundredths per section key, e.g. `{ "1": 1550, "2": 2400, … }`. */
  @IsObject()
  sectionScores!: Record<string, number>;

  @IsString()
  @MaxLength(EVALUATION_LIMITS.moderationNoteMaxLength)
  note!: string;
}
