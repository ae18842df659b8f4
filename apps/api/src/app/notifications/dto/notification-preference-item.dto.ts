import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_KINDS, type NotificationKind } from '@skema/contracts';
import { IsBoolean, IsIn } from 'class-validator';

export class NotificationPreferenceItemDto {
  @ApiProperty({ enum: NOTIFICATION_KINDS })
  @IsIn(NOTIFICATION_KINDS)
  kind!: NotificationKind;

  @ApiProperty({ description: 'Also send this kind by e-mail.' })
  @IsBoolean()
  email!: boolean;
}
