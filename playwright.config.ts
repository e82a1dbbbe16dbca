import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './test/chromium-args';

const isCi = Boolean(process.env.CI);
/** Port of the test server (E2E_PORT lets two runs share a machine); PostgreSQL's server uses the next one. */
const port = Number(process.env.E2E_PORT ?? 4173);
const postgresPort = port + 1;
const demoOrders = process.env.E2E_DEMO_ORDERS ?? 1000;
/** With DATABASE_URL set, the offline/sync and chaos suites also run against a PostgreSQL server. */
const databaseUrl = process.env.DATABASE_URL;
const postgresSchema = `e2e_${postgresPort}`;
const serverFlags = `ORDER_DESK_LOGIN_RATE_LIMIT=1000 ORDER_DESK_DEMO_EXCEPTIONS=0`;
const syncSpecs = ['offline-sync.spec.ts', 'chaos-workstation.spec.ts'];

const servers: NonNullable<PlaywrightTestConfig['webServer']> = [
  {
    command: `env -u DATABASE_URL ${serverFlags} npx tsx server/main.ts --port ${port} --data-dir memory --demo --demo-orders ${demoOrders}`,
    url: `http://127.0.0.1:${port}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
];
if (databaseUrl) {
  servers.push({
    command: `npx tsx test/e2e/reset-postgres-schema.ts ${postgresSchema} && ${serverFlags} npx tsx server/main.ts --port ${postgresPort} --schema ${postgresSchema} --demo --demo-orders ${demoOrders}`,
    url: `http://127.0.0.1:${postgresPort}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  });
}

export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // no retries: a test that passes only on its second try is a bug to fix, not to hide
  retries: 0,
  forbidOnly: isCi,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not available here.
      executablePath: chromiumPath,
      args: [...chromiumArgs],
    },
    trace: 'retain-on-failure',
    // Tests read the English interface unless they choose German (test.use with germanStorage, i18n specs):
    // like a user who picked English on the login screen. A fresh workstation starts in German.
    storageState: {
      cookies: [],
      origins: [
        { origin: `http://127.0.0.1:${port}`, localStorage: [{ name: 'orderdesk.language', value: 'en' }] },
        {
          origin: `http://127.0.0.1:${postgresPort}`,
          localStorage: [{ name: 'orderdesk.language', value: 'en' }],
        },
      ],
    },
  },
  projects: [
    { name: 'pglite' },
    ...(databaseUrl
      ? [
          {
            name: 'postgres',
            testMatch: syncSpecs,
            use: { baseURL: `http://127.0.0.1:${postgresPort}` },
          },
        ]
      : []),
  ],
  webServer: servers,
});
