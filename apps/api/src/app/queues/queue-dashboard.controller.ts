import { Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../common/access/access.decorator';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { QUEUE_DASHBOARD_AUDIENCE, QUEUE_DASHBOARD_COOKIE, QUEUE_DASHBOARD_PATH } from './queue-dashboard';

const LIFETIME_SECONDS = 15 * 60;

@ApiTags('administration')
@Controller('admin/queue-dashboard')
export class QueueDashboardController {
  constructor(private readonly jwt: JwtService) {}

  /** Lets this browser open /api/admin/queues for 15 minutes (a cookie scoped to that path). */
  @Post('session')
  @Access('queues.manage')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The dashboard cookie is set.' })
  async open(@CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const token = await this.jwt.signAsync(
      { sub: user.id, sid: user.sessionId },
      { audience: QUEUE_DASHBOARD_AUDIENCE, issuer: 'skema', expiresIn: LIFETIME_SECONDS },
    );
    void reply.setCookie(QUEUE_DASHBOARD_COOKIE, token, {
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      path: QUEUE_DASHBOARD_PATH,
      maxAge: LIFETIME_SECONDS,
    });
  }
}
