import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import type { AuthenticatedUser } from '../access/authenticated-user';
import { setActor } from './request-context';

/**
 * Copies the signed-in person (put on `request.user` by the global `AccessGuard`) into the request
 * context. An interceptor because interceptors are the first enhancers to run after every guard, so
 * the user is known by then; everything the handler changes is attributed to them.
 */
@Injectable()
export class ActorContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
      if (user?.id) setActor(user);
    }
    return next.handle();
  }
}
