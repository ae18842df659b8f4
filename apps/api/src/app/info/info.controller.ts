import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AppInfoDto } from '@skema/contracts';
import { Public } from '../../common/access/public.decorator';
import { AppConfig } from '../../config/app-config.service';
import { RegionsService } from '../regions/regions.service';

@ApiTags('system')
@Controller('info')
export class InfoController {
  constructor(
    private readonly config: AppConfig,
    private readonly regions: RegionsService,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'Name, version and environment of this Skema, with its regions.' })
  async info(): Promise<AppInfoDto> {
    return {
      name: 'Skema',
      version: this.config.version,
      environment: this.config.get('NODE_ENV'),
      regions: await this.regions.list(),
    };
  }
}
