import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, Matches } from 'class-validator';

/** A calendar date `YYYY-MM-DD` (Europe/Tirane), a real one (no 30 February). */
export const IsLocalDate = () =>
  applyDecorators(
    ApiProperty({ example: '2026-03-01', format: 'date' }),
    Matches(/^\d{4}-\d{2}-\d{2}$/),
    IsDateString({ strict: true }),
  );
