import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const root = join(__dirname, '../..');
const port = process.env['E2E_PORT'] ?? '4310';
const baseURL = `http://127.0.0.1:${port}`;

/**
 * Journeys in Debian's Chromium (never a downloaded browser) against the built portal and API,
 * started by tools/e2e-server.mjs on a throw-away database.
 */
export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  outputDir: join(root, 'tmp/e2e-output'),
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  forbidOnly: true,
  timeout: 30_000,
  reporter: [['list'], ['json']],
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node tools/e2e-server.mjs',
    cwd: root,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    // E2E_REUSE_SERVER=1: run against a server already started by hand (while writing a journey).
    reuseExistingServer: process.env['E2E_REUSE_SERVER'] === '1',
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
