/// <reference lib="dom" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, request as apiRequest, test } from '@playwright/test';
import { centralServer, serveRenderer, type CentralServer } from './support/central-server';
import { connectWorkstation } from './support/workstation';

// Own ports next to the default server's (E2E_PORT): central server +7, renderer origin +8.
const basePort = Number(process.env.E2E_PORT ?? 4173);
const admin = { email: 'owner@example.com', password: 'first-admin-pass' };

let dataDir: string;
let central: CentralServer;
let renderer: Awaited<ReturnType<typeof serveRenderer>>;

test.beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'orderdesk-first-run-'));
  renderer = await serveRenderer(basePort + 8);
  central = centralServer({
    port: basePort + 7,
    dataDir,
    schema: `e2e_first_run_${Date.now()}`,
    corsOrigins: [renderer.url],
    env: { ORDER_DESK_ADMIN_EMAIL: admin.email, ORDER_DESK_ADMIN_PASSWORD: admin.password },
  });
  await central.start();
});

test.afterAll(async () => {
  await central.stop();
  await renderer.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('empty production server: demo login refused, env admin sets the store up in the app', async ({
  browser,
}) => {
  const api = await apiRequest.newContext({ baseURL: central.url });
  const demo = await api.post('/api/v1/auth/login', {
    data: { email: 'admin@orderdesk.test', password: 'demo1234' },
  });
  expect(demo.status()).toBe(401);

  const page = await connectWorkstation(browser, {
    rendererUrl: renderer.url,
    serverUrl: central.url,
    email: admin.email,
    password: admin.password,
    expectOrders: false,
    screenshot: '/tmp/h12c-connect-1440.png',
  });
  await expect(page.getByTestId('setup-banner')).toBeVisible({ timeout: 15_000 });
  await page.getByRole('link', { name: 'Set up the store profile' }).click();
  await expect(page.getByRole('heading', { name: 'Set up your store' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Store profile' });
  await form.getByLabel('Store name').fill('Bergwerk Outdoor');
  await form.getByLabel('Legal name').fill('Bergwerk Outdoor GmbH');
  await form.getByLabel('Street and number').fill('Hafenstraße 12');
  await form.getByLabel('Postal code').fill('20457');
  await form.getByLabel('City').fill('Hamburg');
  await form.getByLabel('Country').fill('DE');
  await form.getByLabel('VAT ID').fill('DE 123 456 789');
  await form.getByLabel('Time zone').fill('Berlin');
  await form.getByRole('button', { name: 'Save and finish setup' }).click();
  await expect(form.getByText('Please enter a time zone such as Europe/Berlin.')).toBeVisible();
  await expect(form.getByLabel('Time zone')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Time zone')).toBeFocused();
  await form.getByLabel('Time zone').fill('Europe/Berlin');
  for (const [width, height] of [
    [1024, 768],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `/tmp/h12c-setup-${width}.png` });
  }
  await form.getByRole('button', { name: 'Save and finish setup' }).click();
  await expect(page.getByRole('heading', { name: 'Store profile' })).toBeVisible();
  await page.evaluate(() => {
    window.location.hash = '#/orders';
  });
  await expect(page.getByTestId('setup-banner')).toHaveCount(0);

  const login = await api.post('/api/v1/auth/login', { data: admin });
  const { token } = (await login.json()) as { token: string };
  const store = await api.get('/api/v1/admin/store', { headers: { authorization: `Bearer ${token}` } });
  expect(await store.json()).toMatchObject({
    legalName: 'Bergwerk Outdoor GmbH',
    vatId: 'DE123456789',
    timezone: 'Europe/Berlin',
    address: { city: 'Hamburg', country: 'DE' },
  });
  expect(((await store.json()) as { completedAt: string | null }).completedAt).not.toBeNull();
  await page.context().close();
});
