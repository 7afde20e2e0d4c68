import { defineConfig } from '@playwright/test';
import { join } from 'node:path';

const workspaceRoot = join(__dirname, '../..');
const port = Number(process.env['E2E_PORT'] ?? 3100);
export const E2E_IDLE_MINUTES = 3;

/**
 * End-to-end against the built API serving the built dashboard, on a fresh SQLite file
 * with the demo accounts, in Debian's Chromium (never a downloaded browser).
 */
export default defineConfig({
  testDir: './src',
  outputDir: join(workspaceRoot, 'test-output/e2e'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `rm -rf tmp/e2e && node dist/apps/api/main.js`,
    cwd: workspaceRoot,
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      NODE_ENV: 'test',
      DATABASE_PATH: 'tmp/e2e/casebook.sqlite',
      DASHBOARD_DIR: 'dist/apps/dashboard/browser',
      DEMO_DATA: '1',
      SESSION_IDLE_MINUTES: String(E2E_IDLE_MINUTES),
      LOG_LEVEL: 'warn',
    },
  },
});
