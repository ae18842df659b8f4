import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { RegionDto } from '@skema/contracts';
import { Public } from '../../common/access/public.decorator';
import { RegionsService } from './regions.service';

@ApiTags('reference data')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'The four regions of the scheme, in display order.' })
  list(): Promise<RegionDto[]> {
    return this.regions.list();
  }
}
