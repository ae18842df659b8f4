import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { type CurrentUserDto, type DeviceDto, REFRESH_COOKIE, type SessionDto } from '@skema/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access } from '../../common/access/access.decorator';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { Public } from '../../common/access/public.decorator';
import { AppException } from '../../common/errors/app.exception';
import { AccountService } from './account.service';
import { AuthService, type SignedIn } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { DisableSecondFactorDto } from './dto/disable-second-factor.dto';
import { EmailDto } from './dto/email.dto';
import { LocaleDto } from './dto/locale.dto';
import { OtpCodeDto } from './dto/otp-code.dto';
import { ResetPasswordDto } from './dto/reset-password.dto';
import { SignInDto } from './dto/sign-in.dto';
import { TokenDto } from './dto/token.dto';
import { type SecondFactorSetup, SecondFactorService } from './second-factor.service';
import { SessionService } from './session.service';

const COOKIE_PATH = '/api/auth';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly account: AccountService,
    private readonly sessions: SessionService,
    private readonly secondFactor: SecondFactorService,
  ) {}

  /** Rate limited per client on top of the per-account lockout. */
  @Post('sign-in')
  @Public()
  @HttpCode(HttpStatus.OK)
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  @ApiOkResponse({ description: 'Signed in: an access token; the refresh token is set as an HttpOnly cookie.' })
  async signIn(@Body() body: SignInDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionDto> {
    return withCookie(reply, await this.auth.signIn(body.email, body.password, body.otp, request.headers['user-agent'] ?? ''));
  }

  @Post('refresh')
  @Public()
  @HttpCode(HttpStatus.OK)
  @Throttle({ default: { limit: 30, ttl: 60_000 } })
  @ApiOkResponse({ description: 'A new access token; the refresh cookie is rotated.' })
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionDto> {
    const token = request.cookies[REFRESH_COOKIE];
    if (!token) throw new AppException('session_expired', HttpStatus.UNAUTHORIZED);
    try {
      return withCookie(reply, await this.auth.refresh(token));
    } catch (error) {
      clearCookie(reply);
      throw error;
    }
  }

  /** Works with the cookie alone, so an expired access token does not keep a device signed in. */
  @Post('sign-out')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'This device is signed out.' })
  async signOut(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const token = request.cookies[REFRESH_COOKIE];
    if (token) await this.sessions.endByToken(token);
    clearCookie(reply);
  }

  @Get('me')
  @Access('account.self')
  me(@CurrentUser() user: AuthenticatedUser): Promise<CurrentUserDto> {
    return this.auth.currentUser(user.id);
  }

  /** The language of the person's e-mails and documents; the portal sends the one it is used in. */
  @Put('me/locale')
  @Access('account.self')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Saved: e-mails and receipts from now on use this language.' })
  setLocale(@CurrentUser() user: AuthenticatedUser, @Body() body: LocaleDto): Promise<void> {
    return this.auth.setLocale(user.id, body.locale);
  }

  @Post('password')
  @Access('account.self')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Password changed; every other device is signed out.' })
  changePassword(@CurrentUser() user: AuthenticatedUser, @Body() body: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(user.id, user.sessionId, body.currentPassword, body.newPassword);
  }

  @Post('password-reset')
  @Public()
  @HttpCode(HttpStatus.ACCEPTED)
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  @ApiOkResponse({ description: 'Accepted whether or not the address has an account.' })
  async requestPasswordReset(@Body() body: EmailDto): Promise<void> {
    await this.account.requestPasswordReset(body.email);
  }

  @Post('password-reset/confirm')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  resetPassword(@Body() body: ResetPasswordDto): Promise<void> {
    return this.account.resetPassword(body.token, body.password);
  }

  @Post('email-confirmation')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  confirmEmail(@Body() body: TokenDto): Promise<void> {
    return this.account.confirmEmail(body.token);
  }

  @Get('devices')
  @Access('account.self')
  async devices(@CurrentUser() user: AuthenticatedUser): Promise<DeviceDto[]> {
    return (await this.sessions.listLive(user.id)).map((s) => ({
      id: s.id,
      userAgent: s.userAgent,
      createdAt: s.createdAt.toISOString(),
      lastUsedAt: s.lastUsedAt.toISOString(),
      current: s.id === user.sessionId,
    }));
  }

  /** Only one's own devices: another person's id answers 404 like an unknown one. */
  @Delete('devices/:id')
  @Access('account.self')
  @HttpCode(HttpStatus.NO_CONTENT)
  async endDevice(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    if (!(await this.sessions.endOwn(user.id, id))) throw new AppException('not_found', HttpStatus.NOT_FOUND);
  }

  @Post('two-factor/setup')
  @Access('account.self')
  setUpSecondFactor(@CurrentUser() user: AuthenticatedUser): Promise<SecondFactorSetup> {
    return this.secondFactor.begin(user.id);
  }

  @Post('two-factor/enable')
  @Access('account.self')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Two-step verification is on; the recovery codes are shown this once.' })
  async enableSecondFactor(@CurrentUser() user: AuthenticatedUser, @Body() body: OtpCodeDto): Promise<{ recoveryCodes: string[] }> {
    return { recoveryCodes: await this.secondFactor.enable(user.id, body.code) };
  }

  @Post('two-factor/disable')
  @Access('account.self')
  @HttpCode(HttpStatus.NO_CONTENT)
  disableSecondFactor(@CurrentUser() user: AuthenticatedUser, @Body() body: DisableSecondFactorDto): Promise<void> {
    return this.account.disableSecondFactor(user.id, body.password, body.otp);
  }
}

function withCookie(reply: FastifyReply, signedIn: SignedIn): SessionDto {
  void reply.setCookie(REFRESH_COOKIE, signedIn.refreshToken, {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: COOKIE_PATH,
    expires: signedIn.refreshExpiresAt,
  });
  return signedIn.session;
}

function clearCookie(reply: FastifyReply): void {
  void reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH, httpOnly: true, secure: true, sameSite: 'strict' });
}
