import { type Role, ROLES } from '@skema/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/validation/page.query';

export const USER_SORTS = ['email', '-email', 'displayName', '-displayName', 'createdAt', '-createdAt'] as const;

export class ListUsersQuery extends PageQuery {
  /** Part of a name or an e-mail address. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @IsOptional()
  @IsIn(USER_SORTS)
  sort: (typeof USER_SORTS)[number] = 'email';
}
