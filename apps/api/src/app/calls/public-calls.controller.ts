import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PublicCallDetailDto, PublicCallListDto } from '@skema/contracts';
import { Public } from '../../common/access/public.decorator';
import { PublicCallsService } from './public-calls.service';

/** Calls anyone may read without signing in: the open ones, and any published or closed one by id. */
@ApiTags('calls')
@Controller('public/calls')
export class PublicCallsController {
  constructor(private readonly calls: PublicCallsService) {}

  @Get()
  @Public()
  listOpen(): Promise<PublicCallListDto> {
    return this.calls.listOpen();
  }

  @Get(':id')
  @Public()
  get(@Param('id', ParseUUIDPipe) id: string): Promise<PublicCallDetailDto> {
    return this.calls.get(id);
  }
}
