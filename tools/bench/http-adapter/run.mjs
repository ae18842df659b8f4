/**
 * Entry point for `npm run bench:http-adapter` (root package.json runs this file with plain node).
 * The benchmark is TypeScript because Nest needs decorator metadata; this registers ts-node in
 * transpile-only mode (no type check, starts in a second) and hands over to run.ts with the same
 * argv, so `npm run bench:http-adapter -- --rounds 5` works.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
require('ts-node').register({ transpileOnly: true, project: join(here, 'tsconfig.json') });
require('./run.ts');
