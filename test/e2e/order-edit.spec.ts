/// <reference lib="dom" />
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Invoice } from '../../shared/schemas/invoice';
import type { Order } from '../../shared/schemas/order';
import { apiToken, openOrder, ordersInStatus, serverOrder, signIn } from './helpers';

function auth(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

/** Unshipped orders without open exceptions, from the end of the list (other specs take the first ones). */
async function quietOrders(request: APIRequestContext, token: string, count: number): Promise<Order[]> {
  const orders = (await ordersInStatus(request, token, 'processing', 100)).filter(
    (o) => o.openExceptionCount === 0 && o.items.every((i) => i.quantityShipped === 0),
  );
  if (orders.length < count) throw new Error('demo data lacks unshipped processing orders');
  return orders.slice(-count);
}

test('notes, a tag and the shipping address edited offline show at once and reach the server', async ({
  page,
  context,
  request,
}) => {
  const token = await apiToken(request);
  const [order] = await quietOrders(request, token, 4);
  if (!order) throw new Error('no order to edit');
  const tag = `edit-${Date.now().toString(36)}`;

  await signIn(page, 'manager@orderdesk.test');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 15_000,
  });
  await openOrder(page, order);
  await context.setOffline(true);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'offline');

  await page.getByRole('button', { name: 'Edit order' }).click();
  const form = page.getByRole('form', { name: 'Edit order' });
  await form.getByLabel('Notes').fill('Ring twice\nLeave with the neighbour');
  await form.getByLabel('New tag').fill(tag);
  await form.getByLabel('New tag').press('Enter');
  await expect(form.getByTestId('edit-tags')).toContainText(tag);
  const shipping = form.getByRole('group', { name: 'Shipping address' });
  await shipping.getByLabel('Street and number').fill('12 Harbour Street');
  await shipping.getByLabel('Postal code').fill('');
  await form.getByRole('button', { name: 'Save changes' }).click();
  // The shared schema refuses the empty postal code: the error sits under that field, nothing is queued.
  await expect(shipping.locator('.field-error')).toHaveText(['Please fill in “Postal code”.']);
  await expect(shipping.getByLabel('Postal code')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0');
  await form.screenshot({ path: '/tmp/order-edit-error.png' });

  await shipping.getByLabel('Postal code').fill('20457');
  await expect(shipping.locator('.field-error')).toHaveCount(0);
  await form.screenshot({ path: '/tmp/order-edit-panel.png' });
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toHaveCount(0);

  // Offline, the overlay already shows the edit; the server has not seen it.
  await expect(page.getByTestId('order-notes')).toContainText('Leave with the neighbour');
  await expect(page.getByTestId('order-tags')).toContainText(tag);
  await expect(page.getByText('12 Harbour Street')).toBeVisible();
  await expect(page.getByTestId('pending-notice')).toBeVisible();
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '2');
  expect((await serverOrder(request, token, order.id)).notes).toBe(order.notes);

  await context.setOffline(false);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', { timeout: 20_000 });
  const synced = await serverOrder(request, token, order.id);
  expect(synced.notes).toBe('Ring twice\nLeave with the neighbour');
  expect(synced.tags).toEqual([...order.tags, tag]);
  expect(synced.shippingAddress).toEqual({
    ...order.shippingAddress,
    line1: '12 Harbour Street',
    postalCode: '20457',
  });
  expect(synced.billingAddress).toEqual(order.billingAddress);
});

test('a shipped order keeps its addresses and shipping method, with the reason shown', async ({
  page,
  request,
}) => {
  const token = await apiToken(request);
  const [order] = await ordersInStatus(request, token, 'shipped');
  if (!order) throw new Error('demo data lacks a shipped order');
  await signIn(page, 'manager@orderdesk.test');
  await openOrder(page, order);
  await page.getByRole('button', { name: 'Edit order' }).click();
  await expect(page.getByTestId('logistics-locked')).toContainText('has shipped');
  const form = page.getByRole('form', { name: 'Edit order' });
  await expect(form.getByRole('group', { name: 'Shipping address' }).getByLabel('City')).toBeDisabled();
  await expect(form.getByLabel('Shipping method')).toBeDisabled();
  await expect(form.getByLabel('Notes')).toBeEnabled();
  await form.screenshot({ path: '/tmp/order-edit-locked.png' });
});

test('"Print invoices" on a selection prints one PDF and lists orders without an invoice', async ({
  page,
  context,
  request,
}) => {
  const token = await apiToken(request);
  const orders = await quietOrders(request, token, 3);
  const tag = `print-${Date.now().toString(36)}`;
  for (const order of orders) {
    const tagged = await request.patch(`/api/v1/admin/orders/${order.id}`, {
      headers: auth(token),
      data: { tags: [...order.tags, tag] },
    });
    expect(tagged.status()).toBe(200);
  }
  const [first, second, uninvoiced] = orders;
  if (!first || !second || !uninvoiced) throw new Error('expected three orders');
  const numbers: string[] = [];
  for (const order of [first, second]) {
    const issued = await request.post(`/api/v1/admin/orders/${order.id}/invoices`, { headers: auth(token) });
    expect(issued.status()).toBe(201);
    numbers.push(((await issued.json()) as Invoice).number);
  }

  await page.addInitScript(() => {
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    Object.assign(window, { pdfBlobs: blobs });
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = create(object);
      if (object instanceof Blob) blobs.set(url, object);
      return url;
    };
  });
  await signIn(page, 'manager@orderdesk.test');
  await page.getByRole('textbox', { name: 'Tag' }).first().fill(tag);
  await expect(page.getByTestId('order-count')).toHaveText(/^3 of \d+ orders$/, { timeout: 20_000 });
  for (const order of orders) await page.getByLabel(`Select order ${order.number}`).check();
  await expect(page.getByTestId('selection-count')).toHaveText('3 selected');

  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Print invoices' }).click();
  const viewer = await popup;
  expect(viewer.url()).toMatch(/^blob:/);
  // The page's CSP keeps blob: out of fetch, so read the Blob the app handed to URL.createObjectURL.
  const pdf = await page.evaluate(async (url) => {
    const blob = (window as unknown as { pdfBlobs: Map<string, Blob> }).pdfBlobs.get(url);
    const bytes = new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0));
    return {
      head: String.fromCharCode(...bytes.subarray(0, 5)),
      text: new TextDecoder('latin1').decode(bytes),
    };
  }, viewer.url());
  expect(pdf.head).toBe('%PDF-');
  // Both invoices in ONE document, in number order.
  expect(pdf.text).toContain(`/Subject (${numbers.sort((a, b) => a.localeCompare(b)).join(', ')})`);

  await expect(page.getByTestId('bulk-progress')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('bulk-progress-count')).toHaveText('3 / 3');
  await expect(page.getByTestId('bulk-progress')).toContainText('2 invoices printed · 1 failed');
  await expect(page.getByTestId('bulk-failures')).toHaveText(
    `#${uninvoiced.number}: This order has no invoice yet.`,
  );
  await page.screenshot({ path: '/tmp/bulk-print.png' });
});
