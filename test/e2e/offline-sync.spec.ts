/// <reference lib="dom" />
import { expect, test } from '@playwright/test';
import { apiToken, openOrder, ordersInStatus, serverOrder, signIn } from './helpers';

// The page served by the server itself, reloaded offline, starts from the service worker's shell cache
// (its assets are matched ignoring `Vary: Origin`, see renderer/public/sw.js).
test('changes made offline survive a reload and reach the server when back online', async ({
  page,
  context,
  request,
}) => {
  const token = await apiToken(request);
  const [toProcess] = await ordersInStatus(request, token, 'confirmed');
  const [toCancel] = (await ordersInStatus(request, token, 'processing')).filter((o) =>
    o.items.every((i) => i.quantityShipped === 0),
  );
  if (!toProcess || !toCancel) throw new Error('demo data lacks confirmed/processing orders');

  await signIn(page, 'manager@orderdesk.test');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 15_000,
  });
  await context.setOffline(true);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'offline');

  await openOrder(page, toProcess);
  await page.getByRole('button', { name: 'Start processing' }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Processing');
  await expect(page.getByTestId('pending-notice')).toBeVisible();

  await openOrder(page, toCancel);
  await page.getByRole('button', { name: 'Cancel order' }).click();
  await page.getByPlaceholder('e.g. Customer request').fill('Out of stock at supplier');
  await page.getByRole('button', { name: 'Confirm cancel' }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Cancelled');
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '2');

  // Still offline: reload the app; the outbox and the overlay come back from IndexedDB.
  await page.reload();
  await expect(page.getByTestId('order-status')).toHaveText('Cancelled', { timeout: 20_000 });
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '2');
  expect((await serverOrder(request, token, toCancel.id)).status).toBe('processing');

  await context.setOffline(false);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', { timeout: 15_000 });
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'synced');
  const processed = await serverOrder(request, token, toProcess.id);
  const cancelled = await serverOrder(request, token, toCancel.id);
  expect(processed.status).toBe('processing');
  expect(cancelled.status).toBe('cancelled');
  expect(cancelled.cancelReason).toBe('Out of stock at supplier');
  expect(cancelled.events.at(-1)?.userName).toBe('Max Manager');

  // Overlay cleared: the replicated state now carries the change, nothing waits.
  await expect(page.getByTestId('pending-notice')).toHaveCount(0, { timeout: 10_000 });
  await expect(page.getByTestId('order-status')).toHaveText('Cancelled');
});

test('a viewer sees no cancel or status buttons', async ({ page, request }) => {
  const token = await apiToken(request);
  const [order] = await ordersInStatus(request, token, 'confirmed');
  if (!order) throw new Error('no confirmed order');
  await signIn(page, 'viewer@orderdesk.test');
  await openOrder(page, order);
  await expect(page.getByText('View only: you cannot change orders.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start processing' })).toHaveCount(0);
});

test('a change made on one workstation shows on another within 2 seconds', async ({ browser, request }) => {
  const token = await apiToken(request);
  const [order] = await ordersInStatus(request, token, 'pending');
  if (!order) throw new Error('no pending order');
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const pageA = await contextA.newPage();
  const pageB = await contextB.newPage();
  await signIn(pageA, 'manager@orderdesk.test');
  await signIn(pageB, 'admin@orderdesk.test');
  await openOrder(pageA, order);
  await openOrder(pageB, order);
  await expect(pageB.getByTestId('order-status')).toHaveText('Pending');

  await pageA.getByRole('button', { name: 'Confirm' }).click();
  const started = Date.now();
  await expect(pageB.getByTestId('order-status')).toHaveText('Confirmed', { timeout: 2_000 });
  expect(Date.now() - started).toBeLessThan(2_000);
  await contextA.close();
  await contextB.close();
});

test('a command rejected by the server is listed with its reason', async ({ page, context, request }) => {
  const token = await apiToken(request);
  const [order] = await ordersInStatus(request, token, 'confirmed', 50).then((orders) => orders.slice(5));
  if (!order) throw new Error('no confirmed order');
  await signIn(page, 'manager@orderdesk.test');
  await openOrder(page, order);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Cancel order' }).click();
  await page.getByPlaceholder('e.g. Customer request').fill('Duplicate order');
  await page.getByRole('button', { name: 'Confirm cancel' }).click();
  // Meanwhile another user ships it forward on the server: processing → on hold → cannot conflict? use a real conflict:
  const moved = await request.post(`/api/v1/admin/orders/${order.id}/status`, {
    headers: { authorization: `Bearer ${token}` },
    data: { status: 'processing' },
  });
  expect(moved.status()).toBe(200);
  // Cancel is still valid from processing; make it invalid by completing the path through the API is not possible
  // without shipments, so instead put the order on hold and cancel it on the server first.
  const cancelled = await request.post(`/api/v1/admin/orders/${order.id}/cancel`, {
    headers: { authorization: `Bearer ${token}` },
    data: { reason: 'Fraud check failed' },
  });
  expect(cancelled.status()).toBe(200);
  await context.setOffline(false);
  await page.evaluate(() => {
    window.location.hash = '#/sync';
  });
  await expect(page.getByTestId('sync-problems')).toContainText(`Cancel order #${order.number}`, {
    timeout: 15_000,
  });
  await expect(page.getByTestId('sync-problems')).toContainText(
    'An order that is “Cancelled” cannot be cancelled.',
  );
});
