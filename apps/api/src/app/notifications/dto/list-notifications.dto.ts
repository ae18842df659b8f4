import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQuery } from '../../../common/validation/page.query';

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
