/// <reference lib="dom" />
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { Product } from '../../shared/schemas/product';
import type { ShippingMethod } from '../../shared/schemas/shipping-method';
import { apiToken, openOrder, ordersInStatus, serverOrder, signIn } from './helpers';

function auth(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

/** Products with stock to spare, from the end of the catalog (other specs use the first ones). */
async function productsInStock(request: APIRequestContext, token: string): Promise<Product[]> {
  const response = await request.get('/api/v1/admin/products?limit=200', { headers: auth(token) });
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as { items: Product[] };
  return items.filter((product) => product.stock.available >= 20).slice(-4);
}

async function methodToGermany(request: APIRequestContext, token: string): Promise<ShippingMethod> {
  const response = await request.get('/api/v1/admin/shipping-methods', { headers: auth(token) });
  const body = (await response.json()) as ShippingMethod[] | { items: ShippingMethod[] };
  const methods = Array.isArray(body) ? body : body.items;
  const method = methods.find((candidate) => candidate.active && candidate.countries.includes('DE'));
  if (!method) throw new Error('no shipping method to Germany');
  return method;
}

/** Fills the new-order form: two products (the first twice), a new customer in Berlin, the method. */
async function fillNewOrder(page: Page, products: readonly Product[], method: ShippingMethod, name: string) {
  const [first, second] = products;
  if (!first || !second) throw new Error('need two products');
  await page.getByTestId('new-order').click();
  const form = page.getByRole('form', { name: 'New order' });
  for (const product of [first, second]) {
    await form.getByLabel('Find a product').fill(product.sku);
    await form.getByRole('button', { name: `Add ${product.name}` }).click();
  }
  await form.getByLabel(`Quantity of ${first.name}`).fill('2');
  const customer = form.getByRole('group', { name: 'Customer' });
  await customer.getByLabel('Name').fill(name);
  await customer.getByLabel('E-mail').fill(`${name.toLowerCase().replace(/\W+/g, '.')}@example.com`);
  const shipping = form.getByRole('group', { name: 'Shipping address' });
  await shipping.getByLabel('Name').fill(name);
  await shipping.getByLabel('Street and number').fill('Hauptstraße 5');
  await shipping.getByLabel('Postal code').fill('10115');
  await shipping.getByLabel('City').fill('Berlin');
  await form.getByLabel('Shipping method').selectOption({ label: method.name });
  await expect(form.getByTestId('live-total')).toBeVisible();
  return form;
}

test('a manual order is created in the app, online and offline, and reaches the server', async ({
  page,
  context,
  request,
}) => {
  const token = await apiToken(request);
  const products = await productsInStock(request, token);
  const method = await methodToGermany(request, token);
  await signIn(page, 'manager@orderdesk.test');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 15_000,
  });

  const form = await fillNewOrder(page, products, method, 'Olga Online');
  const totalForTwo = await form.getByTestId('live-total').textContent();
  await form.getByLabel(`Quantity of ${products[0]?.name ?? ''}`).fill('3');
  await expect(form.getByTestId('live-total')).not.toHaveText(totalForTwo ?? '');
  await form.getByLabel(`Quantity of ${products[0]?.name ?? ''}`).fill('2');
  await form.screenshot({ path: '/tmp/new-order-form.png' });
  await form.getByRole('button', { name: 'Create order' }).click();
  await expect(page).toHaveURL(/#\/orders\/[0-9a-f-]{36}$/);
  const onlineId = /#\/orders\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', { timeout: 20_000 });
  const online = await serverOrder(request, token, onlineId);
  expect(online.number).toMatch(/^\d+$/);
  expect(online).toMatchObject({
    status: 'pending',
    paymentStatus: 'unpaid',
    customer: { name: 'Olga Online' },
  });
  expect(online.items.map((item) => [item.productId, item.quantity])).toEqual([
    [products[0]?.id, 2],
    [products[1]?.id, 1],
  ]);
  await expect(page.getByTestId('order-number')).toHaveText(`Order #${online.number}`);
  await expect(page.getByTestId('order-total')).toHaveText(totalForTwo ?? '');

  // Offline: the order is created on the workstation at once and sent when the connection returns.
  await page.evaluate(() => (window.location.hash = '#/orders'));
  await context.setOffline(true);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'offline');
  const offlineForm = await fillNewOrder(page, products, method, 'Otto Offline');
  await offlineForm.getByRole('button', { name: 'Create order' }).click();
  await expect(page.getByTestId('provisional-number')).toBeVisible();
  await expect(page.getByTestId('order-number')).toHaveText(/Order #D-/);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '1');
  const offlineId = /#\/orders\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
  expect((await request.get(`/api/v1/admin/orders/${offlineId}`, { headers: auth(token) })).status()).toBe(
    404,
  );

  await context.setOffline(false);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', { timeout: 20_000 });
  const synced = await serverOrder(request, token, offlineId);
  expect(synced.number).toMatch(/^\d+$/);
  expect(synced.customer.name).toBe('Otto Offline');
  await expect(page.getByTestId('order-number')).toHaveText(`Order #${synced.number}`, { timeout: 10_000 });
});

test('a draft is saved, confirmed, and its items edited with totals recomputed; a shipped order says why not', async ({
  page,
  request,
}) => {
  const token = await apiToken(request);
  const products = await productsInStock(request, token);
  const method = await methodToGermany(request, token);
  await signIn(page, 'manager@orderdesk.test');

  const form = await fillNewOrder(page, products.slice(2), method, 'Dora Draft');
  await form.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByTestId('draft-panel')).toBeVisible();
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', { timeout: 20_000 });
  const id = /#\/orders\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
  const draft = await serverOrder(request, token, id);
  expect(draft).toMatchObject({ draft: true, number: expect.stringMatching(/^D-/) });

  await page.getByTestId('draft-panel').getByRole('button', { name: 'Confirm draft' }).click();
  await expect(page.getByTestId('draft-panel')).toHaveCount(0);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', { timeout: 20_000 });
  const placed = await serverOrder(request, token, id);
  expect(placed.number).toMatch(/^\d+$/);
  expect(placed.draft).toBeUndefined();

  const before = await page.getByTestId('order-total').textContent();
  await page.getByTestId('edit-items').click();
  const edit = page.getByRole('form', { name: 'Edit items' });
  const [third] = products.slice(2);
  await edit.getByLabel(`Quantity of ${third?.name ?? ''}`).fill('4');
  await edit.getByRole('button', { name: `Remove ${products[3]?.name ?? ''}` }).click();
  await expect(edit.getByTestId('live-total')).not.toHaveText(before ?? '');
  await edit.screenshot({ path: '/tmp/edit-items.png' });
  await edit.getByRole('button', { name: 'Save items' }).click();
  await expect(edit).toHaveCount(0);
  await expect(page.getByTestId('order-total')).not.toHaveText(before ?? '');
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', { timeout: 20_000 });
  const edited = await serverOrder(request, token, id);
  expect(edited.items.map((item) => [item.productId, item.quantity])).toEqual([[third?.id, 4]]);
  expect(edited.totals.gross).not.toBe(placed.totals.gross);
  await expect(page.getByTestId('order-total')).toHaveText(before === null ? '' : /./);

  const [shipped] = await ordersInStatus(request, token, 'shipped', 5);
  if (!shipped) throw new Error('no shipped order in the demo data');
  await openOrder(page, shipped);
  await expect(page.getByTestId('edit-items')).toBeDisabled();
  await expect(page.getByTestId('edit-items-lock')).toHaveText(
    'Items cannot change: something has been shipped already.',
  );
});
