import { REGION_CODES, type RegionCode, type StartApplicationRequest } from '@skema/contracts';
import { IsIn, IsUUID } from 'class-validator';

export class StartApplicationDto implements StartApplicationRequest {
  @IsUUID()
  callId!: string;

  @IsIn(REGION_CODES)
  regionCode!: RegionCode;
}
