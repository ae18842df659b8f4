import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  negotiateLocale,
  type NotificationDto,
  type NotificationPreferenceDto,
  type Page,
  type UnreadNotificationsDto,
} from '@skema/contracts';
import { Access } from '../../common/access/access.decorator';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { AppException } from '../../common/errors/app.exception';
import { ListNotificationsDto } from './dto/list-notifications.dto';
import { UpdateNotificationPreferencesDto } from './dto/update-notification-preferences.dto';
import { NotificationInboxService } from './notification-inbox.service';

/** A malformed id names nothing the caller owns: 404, like another person's notification. */
const notificationId = new ParseUUIDPipe({
  exceptionFactory: () => new AppException('not_found', HttpStatus.NOT_FOUND),
});

/** The signed-in person's own notifications (the bell) and e-mail preferences. */
@ApiTags('notifications')
@Controller('notifications')
@Access('account.self')
export class NotificationsController {
  constructor(private readonly inbox: NotificationInboxService) {}

  @Get()
  @ApiOkResponse({ description: 'Newest first, in the language of Accept-Language.' })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListNotificationsDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<Page<NotificationDto>> {
    return this.inbox.list(user.id, negotiateLocale(acceptLanguage), query);
  }

  @Get('unread-count')
  @ApiOkResponse({ description: 'How many notifications are unread (the number on the bell).' })
  async unreadCount(@CurrentUser() user: AuthenticatedUser): Promise<UnreadNotificationsDto> {
    return { count: await this.inbox.unreadCount(user.id) };
  }

  @Post('read-all')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Every notification is read.' })
  markAllRead(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.inbox.markAllRead(user.id);
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The notification is read (again: no change).' })
  markRead(@CurrentUser() user: AuthenticatedUser, @Param('id', notificationId) id: string): Promise<void> {
    return this.inbox.markRead(user.id, id);
  }

  @Get('preferences')
  @ApiOkResponse({ description: 'Every kind: whether it also comes by e-mail, and whether that can be changed.' })
  preferences(@CurrentUser() user: AuthenticatedUser): Promise<NotificationPreferenceDto[]> {
    return this.inbox.preferences(user.id);
  }

  @Put('preferences')
  @ApiOkResponse({ description: 'The preferences after the change.' })
  updatePreferences(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferenceDto[]> {
    return this.inbox.updatePreferences(user.id, body.preferences);
  }
}
