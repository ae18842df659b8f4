import { APPLICATION_CONTENT_LIMITS } from '@skema/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsObject,
  IsString,
  Matches,
  Max,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';

const NARRATIVE_KEY = /^[a-z][a-z0-9_]{0,39}$/;
const NARRATIVE_SECTIONS_MAX = 20;
/** Far above any grant (EUR 60,000 at most); only a bound on what a line may claim. */
const SPENT_CENTS_MAX = 1_000_000_000;

/** `{ <section key>: <text> }`: at most 20 sections, keys in snake_case, texts of a narrative field's length. */
const IsNarrative = () =>
  ValidateBy({
    name: 'isNarrative',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
        const entries = Object.entries(value);
        return (
          entries.length <= NARRATIVE_SECTIONS_MAX &&
          entries.every(
            ([key, text]) =>
              NARRATIVE_KEY.test(key) &&
              typeof text === 'string' &&
              text.length <= APPLICATION_CONTENT_LIMITS.textMaxLength,
          )
        );
      },
    },
  });

export class ReportExpenditureLineInput {
  /** An approved budget line's key (the service refuses one the grant does not have). */
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/)
  lineKey!: string;

  @IsInt()
  @Min(0)
  @Max(SPENT_CENTS_MAX)
  spentCents!: number;
}

/** A draft of a report: the narrative and what was spent per approved budget line, in the period. */
export class SaveGrantReportDto {
  /** The version the grantee started from: a colleague's save in between is a 409, not lost. */
  @IsInt()
  @Min(1)
  version!: number;

  @IsObject()
  @IsNarrative()
  narrative!: Record<string, string>;

  @IsArray()
  @ArrayMaxSize(APPLICATION_CONTENT_LIMITS.listMaxItems)
  @ValidateNested({ each: true })
  @Type(() => ReportExpenditureLineInput)
  expenditure!: ReportExpenditureLineInput[];
}
