import { type CanActivate, type ExecutionContext, HttpStatus, Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ROLES_REQUIRING_SECOND_FACTOR, rolesAllow } from '@skema/contracts';
import { AppException } from '../errors/app.exception';
import { ACCESS, type AccessRule } from './access.decorator';
import type { AuthenticatedUser } from './authenticated-user';
import { IS_PUBLIC } from './public.decorator';
import { RESOURCE_POLICY, type ResourcePolicyHandler } from './resource-policy';

/** Staff who move money or people's data may do nothing but set up their second factor until it is on. */
export function mustSetUpSecondFactor(user: AuthenticatedUser): boolean {
  return !user.twoFactorEnabled && user.roles.some((role) => ROLES_REQUIRING_SECOND_FACTOR.includes(role));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Deny by default. A handler runs only if it is `@Public()` or declares `@Access(permission, resource?)`;
 * then the caller must be signed in (JWT), hold a role that has the permission, and pass the resource's
 * policy for the object named in the route. A handler declaring neither is refused (and fails the
 * route-table test).
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') implements CanActivate, OnModuleInit {
  private readonly policies = new Map<string, ResourcePolicyHandler>();

  constructor(
    private readonly reflector: Reflector,
    private readonly discovery: DiscoveryService,
  ) {
    super();
  }

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const kind = wrapper.metatype && this.reflector.get<string>(RESOURCE_POLICY, wrapper.metatype);
      if (kind && wrapper.instance) this.policies.set(kind, wrapper.instance as ResourcePolicyHandler);
    }
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS, targets);
    if (!rule) throw new AppException('forbidden', HttpStatus.FORBIDDEN);

    await super.canActivate(context);
    const request = context.switchToHttp().getRequest<{ user: AuthenticatedUser; params: Record<string, string> }>();
    const user = request.user;
    if (!rolesAllow(user.roles, rule.permission)) throw new AppException('forbidden', HttpStatus.FORBIDDEN);
    if (rule.permission !== 'account.self' && mustSetUpSecondFactor(user)) {
      throw new AppException('second_factor_setup_required', HttpStatus.FORBIDDEN);
    }
    if (!rule.resource) return true;

    const policy = this.policies.get(rule.resource.kind);
    if (!policy) throw new Error(`no @ResourcePolicy('${rule.resource.kind}') is registered`);
    const objectId = request.params[rule.resource.param];
    if (!objectId || !UUID.test(objectId)) throw new AppException('not_found', HttpStatus.NOT_FOUND);
    const decision = await policy.decide(request.user, objectId, rule.permission);
    if (decision === 'not_found') throw new AppException('not_found', HttpStatus.NOT_FOUND);
    if (decision === 'forbidden') throw new AppException('forbidden', HttpStatus.FORBIDDEN);
    return true;
  }

  /** Passport's answer when the token is missing, expired or its session has ended. */
  override handleRequest<T>(error: unknown, user: T): T {
    if (error || !user) throw new AppException('unauthorized', HttpStatus.UNAUTHORIZED);
    return user;
  }
}
