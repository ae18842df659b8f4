import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Permission } from '@skema/contracts';

export const ACCESS = 'skema:access';

export interface AccessRule {
  permission: Permission;
  /** Object-level check: the resource kind whose policy decides, and the route param naming the object. */
  resource?: { kind: string; param: string };
}

/**
 * The one declaration of who may call a handler: authentication, the roles of `permission`
 * (libs/contracts PERMISSIONS) and, when `resource` is given, that resource's policy for that object.
 *
 *   @Access('organisation.update', { kind: 'organisation', param: 'id' })
 */
export function Access(permission: Permission, resource?: AccessRule['resource']): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ACCESS, { permission, resource } satisfies AccessRule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in, or the session has ended.' }),
    ApiForbiddenResponse({ description: `Requires the permission "${permission}".` }),
  );
}
