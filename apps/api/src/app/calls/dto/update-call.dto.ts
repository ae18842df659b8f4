import { PartialType } from '@nestjs/swagger';
import type { UpdateCallRequest } from '@skema/contracts';
import { IsInt, Min } from 'class-validator';
import { CreateCallDto } from './create-call.dto';

/** A draft's edit: any field of a new call, and the version the editor read (409 when stale). */
export class UpdateCallDto extends PartialType(CreateCallDto) implements UpdateCallRequest {
  @IsInt()
  @Min(1)
  version!: number;
}
