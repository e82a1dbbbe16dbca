/// <reference lib="dom" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, request as apiRequest, test, type Browser, type Page } from '@playwright/test';
import type { Order } from '../../shared/schemas/order';
import { PASSWORD } from './helpers';
import { centralServer, serveRenderer, type CentralServer } from './support/central-server';

// Own ports next to the default server's (E2E_PORT): central server +5, renderer origin +6.
const basePort = Number(process.env.E2E_PORT ?? 4173);
const schema = `e2e_central_${Date.now()}`;

let dataDir: string;
let central: CentralServer;
let renderer: Awaited<ReturnType<typeof serveRenderer>>;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'orderdesk-central-'));
  renderer = await serveRenderer(basePort + 6);
  central = centralServer({
    port: basePort + 5,
    dataDir,
    schema,
    corsOrigins: [renderer.url],
    args: ['--demo', '--demo-orders', '300'],
  });
  await central.start();
});

test.afterAll(async () => {
  await central.stop();
  await renderer.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function adminToken(): Promise<{
  token: string;
  api: Awaited<ReturnType<typeof apiRequest.newContext>>;
}> {
  const api = await apiRequest.newContext({ baseURL: central.url });
  const response = await api.post('/api/v1/auth/login', {
    data: { email: 'admin@orderdesk.test', password: PASSWORD },
  });
  expect(response.status()).toBe(200);
  return { token: ((await response.json()) as { token: string }).token, api };
}

/** Paid, matched, nothing shipped yet: any workstation may ship it whole. */
async function shippableOrders(count: number): Promise<Order[]> {
  const { token, api } = await adminToken();
  const response = await api.get('/api/v1/admin/orders?status=processing&limit=100', {
    headers: { authorization: `Bearer ${token}` },
  });
  const { items } = (await response.json()) as { items: Order[] };
  const found = items.filter(
    (order) =>
      order.paymentStatus === 'paid' &&
      order.openExceptionCount === 0 &&
      order.items.every((item) => item.productId !== null && item.quantityShipped === 0),
  );
  if (found.length < count) throw new Error('demo data lacks shippable orders');
  return found.slice(0, count);
}

async function serverOrder(id: string): Promise<Order> {
  const { token, api } = await adminToken();
  const response = await api.get(`/api/v1/admin/orders/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await response.json()) as Order;
}

/** A workstation: its own browser profile on the renderer's origin, connected through the connect screen. */
async function workstation(browser: Browser, email: string, screenshot?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(renderer.url);
  await expect(page.getByRole('heading', { name: 'Connect to server' })).toBeVisible();
  // The renderer's own origin is not a server: the test says so instead of going on.
  await page.getByLabel('Server address').fill(renderer.url);
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('alert')).toContainText('not an Order Desk server');
  await page.getByLabel('Server address').fill(central.url);
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText(
    `Connected to the Order Desk server at ${central.url}`,
  );
  if (screenshot) await page.screenshot({ path: screenshot });
  await page.getByRole('button', { name: 'Continue to sign in' }).click();
  await expect(page.getByTestId('login-server')).toContainText(central.url);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('[data-testid^=order-row-]').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'synced', {
    timeout: 30_000,
  });
  return page;
}

async function openOrder(page: Page, order: Order): Promise<void> {
  await page.evaluate((id) => {
    window.location.hash = `#/orders/${id}`;
  }, order.id);
  await expect(page.getByTestId('order-number')).toHaveText(`Order #${order.number}`);
}

/** Ships every unit of the open order from the workstation's ship panel. */
async function shipWhole(page: Page, tracking: string): Promise<void> {
  await page.getByRole('button', { name: 'Ship…' }).click();
  const panel = page.getByRole('dialog', { name: 'Ship items' });
  await panel.getByLabel('Shipping method').selectOption({ index: 1 });
  await panel.getByLabel('Tracking number').fill(tracking);
  await panel.getByRole('button', { name: /^Ship \d+ unit/ }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Shipped');
}

test('two workstations, one central server: live, offline, cold start, convergence', async ({ browser }) => {
  const [live, offlineA, offlineB] = await shippableOrders(3);
  if (!live || !offlineA || !offlineB) throw new Error('unreachable');
  const a = await workstation(browser, 'admin@orderdesk.test', '/tmp/h12c-connect-tested.png');
  const b = await workstation(browser, 'manager@orderdesk.test');

  // A ships; B, showing the same order, sees it within 2 s (live stream from the central server).
  await openOrder(b, live);
  await openOrder(a, live);
  await expect(b.getByTestId('order-status')).not.toHaveText('Shipped');
  await shipWhole(a, 'E2E-LIVE-1');
  await expect(b.getByTestId('order-status')).toHaveText('Shipped', { timeout: 2_000 });

  // The central server goes away; both workstations keep working from their local copies.
  await central.stop();
  await openOrder(a, offlineA);
  await shipWhole(a, 'E2E-OFFLINE-A');
  await openOrder(b, offlineB);
  await shipWhole(b, 'E2E-OFFLINE-B');
  await expect(a.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '1');
  await expect(b.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '1');

  // B starts cold while the server is still down: app from its own origin, data and outbox from IndexedDB.
  await b.reload();
  await expect(b.getByTestId('order-number')).toHaveText(`Order #${offlineB.number}`, { timeout: 30_000 });
  await expect(b.getByTestId('order-status')).toHaveText('Shipped');
  await expect(b.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '1');
  await b.evaluate(() => {
    window.location.hash = '#/orders';
  });
  await expect(b.locator('[data-testid^=order-row-]').first()).toBeVisible();

  // The server is back: both push what they did offline and pull what the other did.
  await central.start();
  await expect(a.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
  await expect(b.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
  for (const [order, tracking] of [
    [live, 'E2E-LIVE-1'],
    [offlineA, 'E2E-OFFLINE-A'],
    [offlineB, 'E2E-OFFLINE-B'],
  ] as const) {
    const synced = await serverOrder(order.id);
    expect(synced.status).toBe('shipped');
    expect(synced.shipments.map((shipment) => shipment.trackingNumber)).toEqual([tracking]);
  }
  await openOrder(a, offlineB);
  await expect(a.getByTestId('order-status')).toHaveText('Shipped', { timeout: 15_000 });
  await openOrder(b, offlineA);
  await expect(b.getByTestId('order-status')).toHaveText('Shipped', { timeout: 15_000 });
  await a.context().close();
  await b.context().close();
});
