import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import type { HealthResponse } from '@skema/contracts';
import type { FastifyReply } from 'fastify';
import { Public } from '../../common/access/public.decorator';
import { RedisHealthIndicator } from './redis.health';

@ApiTags('system')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  /** 200 when PostgreSQL and Redis answer, 503 with the same body naming what is down. */
  @Get()
  @Public()
  @SkipThrottle()
  @ApiOkResponse({ description: 'Every dependency is up.' })
  @ApiServiceUnavailableResponse({ description: 'At least one dependency is down; `details` says which.' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    try {
      return (await this.health.check([
        () => this.database.pingCheck('database', { timeout: 1_500 }),
        () => this.redis.isHealthy('redis'),
      ])) as HealthResponse;
    } catch (error) {
      const body = (error as { getResponse?: () => unknown }).getResponse?.();
      if (!body) throw error;
      reply.status(503);
      return body as HealthResponse;
    }
  }
}
