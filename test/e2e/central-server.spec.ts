/// <reference lib="dom" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, request as apiRequest, test, type Browser, type Page } from '@playwright/test';
import type { Order } from '../../shared/schemas/order';
import { PASSWORD } from './helpers';
import { centralServer, serveRenderer, type CentralServer } from './support/central-server';
import { connectWorkstation, localOrderStores } from './support/workstation';

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

function workstation(browser: Browser, email: string, screenshot?: string): Promise<Page> {
  return connectWorkstation(browser, {
    rendererUrl: renderer.url,
    serverUrl: central.url,
    email,
    password: PASSWORD,
    ...(screenshot ? { screenshot } : {}),
  });
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

test('device revoke: the revoked workstation is signed out and its local copy removed', async ({
  browser,
}) => {
  const a = await workstation(browser, 'admin@orderdesk.test');
  const b = await workstation(browser, 'packer@orderdesk.test');
  await b.evaluate(() => localStorage.setItem('orderdesk.device-name', 'Packing station 2'));
  const deviceB = await b.evaluate(() => localStorage.getItem('orderdesk.device-id'));
  if (!deviceB) throw new Error('workstation B has no device id');
  expect(await localOrderStores(b)).not.toEqual([]);
  // B reports itself (name, app version, outbox) when it syncs; a reload makes it report at once.
  await b.reload();
  await expect(b.locator('[data-testid^=order-row-]').first()).toBeVisible({ timeout: 30_000 });

  await a.evaluate(() => {
    window.location.hash = '#/admin/devices';
  });
  const row = a.getByTestId(`device-row-${deviceB}`);
  await expect(row).toContainText('Packing station 2', { timeout: 15_000 });
  await expect(row).toContainText('Pia Packer');
  await expect(row).toContainText(/\d+\.\d+\.\d+/);
  await expect(row).toContainText('Active');
  for (const [width, height] of [
    [1024, 768],
    [1440, 900],
  ] as const) {
    await a.setViewportSize({ width, height });
    await a.screenshot({ path: `/tmp/h12c-devices-${width}.png` });
  }
  await row.getByRole('button', { name: 'Revoke' }).click();
  const dialog = a.getByRole('dialog', { name: /^Revoke / });
  await expect(dialog).toContainText('signs out and deletes its local copy');
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(row).toContainText('Revoked');

  // B's next sync is refused: it signs out, says why, and its IndexedDB copy is gone.
  await expect(b.getByRole('button', { name: 'Sign in' })).toBeVisible({ timeout: 20_000 });
  await expect(b.getByText('This workstation was revoked by an administrator')).toBeVisible();
  await expect.poll(() => localOrderStores(b), { timeout: 15_000 }).toEqual([]);
  expect(await b.evaluate(() => localStorage.getItem('orderdesk.device-id'))).toBeNull();
  // A still works.
  await a.evaluate(() => {
    window.location.hash = '#/orders';
  });
  await expect(a.locator('[data-testid^=order-row-]').first()).toBeVisible();
  await a.context().close();
  await b.context().close();
});

async function shoot(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1024, 768],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `/tmp/h12c-${name}-${width}.png` });
  }
}

test('admin screens: users and catalog change the central server', async ({ browser }) => {
  const a = await workstation(browser, 'admin@orderdesk.test');
  const { token, api } = await adminToken();
  const auth = { authorization: `Bearer ${token}` };

  await a.evaluate(() => {
    window.location.hash = '#/admin/users';
  });
  await expect(a.getByTestId('user-row-packer@orderdesk.test')).toBeVisible();
  await a.getByRole('button', { name: 'New user' }).click();
  const form = a.getByRole('form', { name: 'New user' });
  const email = `station-${Date.now()}@orderdesk.test`;
  await form.getByLabel('Password (at least 8 characters)').fill('short');
  await form.getByRole('button', { name: 'Create user' }).click();
  // checked by the server's own schema in the form: a sentence on each wrong field, nothing sent
  await expect(form.getByText('Please enter a name (at most 200 characters).')).toBeVisible();
  await expect(form.getByText('The password must be 8 to 200 characters long.')).toBeVisible();
  await expect(form.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Name')).toBeFocused();
  await form.getByLabel('Name').fill('Stella Station');
  await form.getByLabel('E-mail').fill(email);
  await form.getByLabel('Password (at least 8 characters)').fill('station-pass-1');
  await form.getByLabel('Edit and ship orders').check();
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(a.getByTestId(`user-row-${email}`)).toContainText('View orders, Edit and ship orders');
  await shoot(a, 'users');
  await a.getByTestId(`user-row-${email}`).getByRole('button', { name: 'Deactivate' }).click();
  await a
    .getByRole('dialog', { name: 'Deactivate Stella Station?' })
    .getByRole('button', { name: 'Deactivate' })
    .click();
  await expect(a.getByTestId(`user-row-${email}`)).toContainText('Deactivated');
  const users = (await (await api.get('/api/v1/admin/users', { headers: auth })).json()) as {
    items: { email: string; active: boolean; permissions: string[] }[];
  };
  expect(users.items.find((user) => user.email === email)).toMatchObject({
    active: false,
    permissions: ['orders.view', 'orders.edit'],
  });

  const products = (await (await api.get('/api/v1/admin/products?limit=5', { headers: auth })).json()) as {
    items: { id: string; sku: string; gtin?: string; priceNet: number; stock: { onHand: number } }[];
  };
  const product = products.items[0];
  if (!product?.gtin) throw new Error('demo catalog lacks a product with a GTIN');
  await a.evaluate(() => {
    window.location.hash = '#/admin/catalog';
  });
  await a.getByLabel('Search products').fill(product.gtin.replace(/^0+/, ''));
  await expect(a.locator('[data-testid^=product-row-]')).toHaveCount(1);
  await a.getByLabel('Search products').fill(product.sku);
  const row = a.getByTestId(`product-row-${product.sku}`);
  await row.getByRole('button', { name: 'Edit' }).click();
  await a.getByLabel('Net price').fill('12,34');
  await a.getByLabel(/^Stock change/).fill('-2');
  await a.getByRole('button', { name: 'Save' }).click();
  await expect(a.getByText('Stock change: give a reason.')).toBeVisible();
  await expect(a.getByLabel('Reason for the stock change')).toHaveAttribute('aria-invalid', 'true');
  await expect(a.getByLabel('Reason for the stock change')).toBeFocused();
  await a.getByLabel('Reason for the stock change').fill('Damaged in storage');
  await shoot(a, 'catalog');
  await a.getByRole('button', { name: 'Save' }).click();
  await expect(a.getByRole('status')).toContainText('Saved');
  await expect(row).toContainText('€12.34');
  const saved = (await (
    await api.get(`/api/v1/admin/products?q=${product.sku}`, { headers: auth })
  ).json()) as {
    items: { id: string; priceNet: number; stock: { onHand: number } }[];
  };
  expect(saved.items.find((item) => item.id === product.id)).toMatchObject({
    priceNet: 1234,
    stock: { onHand: product.stock.onHand - 2 },
  });
  await a.context().close();
});
