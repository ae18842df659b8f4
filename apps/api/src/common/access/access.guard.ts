import { type CanActivate, type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppException } from '../errors/app.exception';
import { IS_PUBLIC } from './public.decorator';

/**
 * Deny by default: a handler runs only if it is declared public. Authentication, roles and object
 * policies (issue 3) plug in here, so no endpoint can be forgotten open.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    throw new AppException('unauthorized', HttpStatus.UNAUTHORIZED);
  }
}
