import { type Role, ROLES } from '@skema/contracts';
import { ArrayMaxSize, IsIn } from 'class-validator';

export class SetRolesDto {
  @IsIn(ROLES, { each: true })
  @ArrayMaxSize(ROLES.length)
  roles!: Role[];
}
