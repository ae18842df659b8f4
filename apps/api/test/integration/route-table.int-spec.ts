import { HttpStatus, RequestMethod } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS } from '../../src/common/access/access.decorator';
import { IS_PUBLIC } from '../../src/common/access/public.decorator';
import { createTestApp, type TestApp } from '../utils/test-app';

/** Deny by default, proven on the real route table: no handler may be left without an access declaration. */
describe('route table', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('every handler declares who may call it', () => {
    const discovery = t.app.get(DiscoveryService);
    const scanner = t.app.get(MetadataScanner);
    const reflector = t.app.get(Reflector);
    const undeclared: string[] = [];
    let handlers = 0;
    for (const wrapper of discovery.getControllers()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as () => unknown;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        handlers += 1;
        const targets = [handler, instance.constructor];
        const declared = reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) || reflector.getAllAndOverride(ACCESS, targets);
        if (!declared) {
          const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
          undeclared.push(`${wrapper.name}.${name} (${method})`);
        }
      }
    }
    expect(handlers).toBeGreaterThanOrEqual(3);
    expect(undeclared).toEqual([]);
  });

  it('the access guard refuses a handler that declares nothing', async () => {
    const { AccessGuard } = await import('../../src/common/access/access.guard');
    const guard = t.app.get(AccessGuard);
    const context = { getHandler: () => function undeclared() { return undefined; }, getClass: () => class Anonymous {} };
    await expect(guard.canActivate(context as never)).rejects.toMatchObject({ status: HttpStatus.FORBIDDEN });
  });
});
