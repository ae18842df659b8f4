// Small process helpers shared by tools/start.mjs and tools/test.mjs (Node built-ins only: they run
// before `npm ci` has installed anything).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** Environment every tool step runs with: no Nx Cloud, no browser or binary downloads. */
export const TOOL_ENV = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NX_TUI: 'false',
  NX_SKIP_NX_CACHE: process.env.CI ? 'true' : process.env.NX_SKIP_NX_CACHE,
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  CYPRESS_INSTALL_BINARY: '0',
};

export function say(message) {
  process.stdout.write(`\x1b[1m[skema]\x1b[0m ${message}\n`);
}

export function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Runs a command to completion, streaming its output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: TOOL_ENV, ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(127));
  });
}

export function runSync(command, args, options = {}) {
  return spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: TOOL_ENV, ...options }).status ?? 1;
}

/** Installs the npm dependencies when node_modules is missing or older than the lock file. */
export async function ensureDependencies() {
  const marker = join(ROOT, 'node_modules/.package-lock.json');
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  say('installing dependencies (npm ci)…');
  const code = await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  if (code !== 0) throw new Error('npm ci failed');
}

export const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Installs Debian packages when missing (root only); returns whether the command now exists. */
export function ensureDebianPackage(command, pkg) {
  if (commandExists(command)) return true;
  if (!isRoot() || !commandExists('apt-get')) return false;
  say(`installing Debian's ${pkg}…`);
  runSync('apt-get', ['update', '-qq']);
  runSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], {
    env: { ...TOOL_ENV, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return commandExists(command);
}
