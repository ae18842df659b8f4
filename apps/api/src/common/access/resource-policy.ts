import { Injectable, SetMetadata } from '@nestjs/common';
import type { Permission } from '@skema/contracts';
import type { AuthenticatedUser } from './authenticated-user';

/**
 * - `allow`: go on.
 * - `forbidden` (403): the person may see the object but not do this to it.
 * - `not_found` (404): the person may not know the object exists (another CSO's, not assigned to them).
 */
export type PolicyDecision = 'allow' | 'forbidden' | 'not_found';

/**
 * Object-level access for one kind of resource. Every feature plugs its objects in by writing one
 * policy class, decorated with `@ResourcePolicy('<kind>')` and provided by its module.
 */
export interface ResourcePolicyHandler {
  decide(user: AuthenticatedUser, objectId: string, permission: Permission): Promise<PolicyDecision>;
}

export const RESOURCE_POLICY = 'skema:resource-policy';

export const ResourcePolicy = (kind: string): ClassDecorator => (target) => {
  SetMetadata(RESOURCE_POLICY, kind)(target);
  Injectable()(target);
};
