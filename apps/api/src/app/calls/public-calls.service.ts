import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PublicCallDetailDto, PublicCallListDto } from '@skema/contracts';
import { type DataSource, In } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import { toPublicCallDto } from './call.mapper';
import { CallAmendment } from './entities/call-amendment.entity';
import { Call } from './entities/call.entity';

/** What anyone may read; the time left is the server's, so no browser clock decides a deadline. */
@Injectable()
export class PublicCallsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Calls open now: published, opened, deadline ahead; soonest deadline first. */
  async listOpen(): Promise<PublicCallListDto> {
    const now = new Date();
    const calls = await this.dataSource
      .getRepository(Call)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.lots', 'l')
      .where(`c.status = 'published' AND c.opens_at <= :now AND c.deadline > :now`, { now })
      .orderBy('c.deadline', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(100)
      .getMany();
    const amendments = calls.length
      ? await this.dataSource
          .getRepository(CallAmendment)
          .find({ where: { callId: In(calls.map((c) => c.id)) }, order: { amendedAt: 'ASC' } })
      : [];
    return {
      serverTime: now.toISOString(),
      items: calls.map((call) =>
        toPublicCallDto(
          call,
          amendments.filter((a) => a.callId === call.id),
          now,
        ),
      ),
    };
  }

  /** A published or closed call; a draft (or any other state) does not exist for the public. */
  async get(id: string): Promise<PublicCallDetailDto> {
    const now = new Date();
    const call = await this.dataSource
      .getRepository(Call)
      .findOne({ where: { id, status: In(['published', 'closed']) }, relations: { lots: true } });
    if (!call) throw new AppException('not_found', HttpStatus.NOT_FOUND);
    const amendments = await this.dataSource
      .getRepository(CallAmendment)
      .find({ where: { callId: id }, order: { amendedAt: 'ASC' } });
    return { ...toPublicCallDto(call, amendments, now), serverTime: now.toISOString() };
  }
}
