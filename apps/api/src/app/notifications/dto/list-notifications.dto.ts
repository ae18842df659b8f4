import { PageQuery } from '../../../common/validation/page.query';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@skema/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

/** Query of `GET /api/notifications`. Query strings arrive as text, hence the conversions. */
export class ListNotificationsDto extends PageQuery {
  @ApiPropertyOptional({ description: 'Only notifications not yet read.' })
  @IsOptional()
  // Read the raw text: implicit conversion would make "false" true.
  @Transform(({ obj, key }: { obj: Record<string, unknown>; key: string }) =>
    obj[key] === 'true' ? true : obj[key] === 'false' ? false : obj[key],
  )
  @IsBoolean()
  unread?: boolean;
}
