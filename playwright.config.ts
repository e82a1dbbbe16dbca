import { defineConfig } from '@playwright/test';

const isCi = Boolean(process.env.CI);
/** Port of the test server (E2E_PORT lets two runs share a machine). */
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  retries: isCi ? 1 : 0,
  forbidOnly: isCi,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not available here.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
    // Tests read the English interface unless they choose German (test.use with germanStorage, i18n specs):
    // like a user who picked English on the login screen. A fresh workstation starts in German.
    storageState: {
      cookies: [],
      origins: [
        { origin: `http://127.0.0.1:${port}`, localStorage: [{ name: 'orderdesk.language', value: 'en' }] },
      ],
    },
  },
  webServer: {
    command: `env -u DATABASE_URL ORDER_DESK_LOGIN_RATE_LIMIT=1000 ORDER_DESK_DEMO_EXCEPTIONS=0 npx tsx server/main.ts --port ${port} --data-dir memory --demo --demo-orders ${process.env.E2E_DEMO_ORDERS ?? 1000}`,
    url: `http://127.0.0.1:${port}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
