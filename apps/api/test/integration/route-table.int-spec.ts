import { HttpStatus, RequestMethod } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
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
        const declared = reflector.getAllAndOverride<boolean>(IS_PUBLIC, [handler, instance.constructor]);
        if (!declared) {
          const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
          undeclared.push(`${wrapper.name}.${name} (${method})`);
        }
      }
    }
    expect(handlers).toBeGreaterThanOrEqual(3);
    expect(undeclared).toEqual([]);
  });

  it('the access guard refuses what is not declared public', async () => {
    const { AccessGuard } = await import('../../src/common/access/access.guard');
    const guard = new AccessGuard(t.app.get(Reflector));
    const context = { getHandler: () => function undeclared() { return undefined; }, getClass: () => class Anonymous {} };
    expect(() => guard.canActivate(context as never)).toThrow(
      expect.objectContaining({ status: HttpStatus.UNAUTHORIZED }) as Error,
    );
  });
});
