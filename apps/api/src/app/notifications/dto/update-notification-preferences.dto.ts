import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_KINDS } from '@skema/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { NotificationPreferenceItemDto } from './notification-preference-item.dto';

/** Body of `PUT /api/notifications/preferences`: the kinds to change; others keep their setting. */
export class UpdateNotificationPreferencesDto {
  @ApiProperty({ type: [NotificationPreferenceItemDto] })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceItemDto)
  preferences!: NotificationPreferenceItemDto[];
}
