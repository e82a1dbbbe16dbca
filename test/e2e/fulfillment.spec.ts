/// <reference lib="dom" />
import { expect, test } from '@playwright/test';
import type { Order } from '../../shared/schemas/order';
import { apiToken, openOrder, ordersInStatus, serverOrder, signIn } from './helpers';

/** Paid, fully matched, nothing shipped, and more than one unit so part of it can ship. */
function shipsInParts(order: Order): boolean {
  const units = order.items.reduce((sum, item) => sum + item.quantity, 0);
  return (
    order.paymentStatus === 'paid' &&
    order.openExceptionCount === 0 &&
    units >= 2 &&
    order.items.every((item) => item.productId !== null && item.quantityShipped === 0)
  );
}

test('offline: ship part of an order and refund an item; online: the server agrees', async ({
  page,
  context,
  request,
}) => {
  const token = await apiToken(request);
  const order = [
    ...(await ordersInStatus(request, token, 'processing', 100)),
    ...(await ordersInStatus(request, token, 'confirmed', 100)),
  ].find(shipsInParts);
  const first = order?.items[0];
  if (!order || !first) throw new Error('demo data lacks a shippable paid order');

  await signIn(page, 'manager@orderdesk.test');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 15_000,
  });
  await context.setOffline(true);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'offline');
  await openOrder(page, order);

  await page.getByRole('button', { name: 'Ship…' }).click();
  const panel = page.getByRole('dialog', { name: 'Ship items' });
  const quantities = panel.locator('input[type=number]');
  const count = await quantities.count();
  for (let index = 0; index < count; index += 1) await quantities.nth(index).fill(index === 0 ? '1' : '0');
  await panel.getByLabel('Shipping method').selectOption({ index: 1 });
  await panel.getByLabel('Tracking number').fill('E2E-TRACK-1');
  await page.screenshot({ path: 'test-results/fulfillment-ship-panel.png', fullPage: true });
  await panel.getByRole('button', { name: 'Ship 1 unit' }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Partially shipped');
  await expect(page.getByTestId('shipment-status')).toHaveText(['Shipped']);

  await page.getByRole('button', { name: 'Refund…' }).click();
  const refund = page.getByRole('dialog', { name: 'Refund' });
  await refund.locator('input[type=number]').first().fill('1');
  await refund.getByLabel('Reason').fill('Damaged in transit');
  await refund.getByRole('button', { name: 'Refund', exact: true }).click();
  await expect(page.getByText('Partially refunded').first()).toBeVisible();
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '2');
  expect((await serverOrder(request, token, order.id)).shipments).toHaveLength(0);

  await context.setOffline(false);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', { timeout: 15_000 });
  const synced = await serverOrder(request, token, order.id);
  expect(synced.status).toBe('partially_shipped');
  expect(synced.shipments).toHaveLength(1);
  expect(synced.shipments[0]).toMatchObject({
    trackingNumber: 'E2E-TRACK-1',
    items: [{ orderItemId: first.id, quantity: 1 }],
  });
  expect(synced.shipments[0]?.trackingUrl).toContain('E2E-TRACK-1');
  expect(synced.items[0]).toMatchObject({ quantityShipped: 1, quantityRefunded: 1 });
  expect(synced.paymentStatus).toBe('partially_refunded');
  expect(synced.refunds?.[0]?.providerReference).toMatch(/^re_test_/);
  expect(synced.events.slice(-2).map((event) => event.userName)).toEqual(['Max Manager', 'Max Manager']);
  await expect(page.getByTestId('pending-notice')).toHaveCount(0, { timeout: 10_000 });
  await expect(page.getByTestId('refunds')).not.toContainText('waiting for the server');
});
