/// <reference lib="dom" />
import { expect, test } from '@playwright/test';
import type { Order } from '../../shared/schemas/order';
import { apiToken, openOrder, ordersInStatus, serverOrder, signIn } from './helpers';

/** Paid, fully matched, nothing shipped, every item with a barcode. */
function packable(order: Order): boolean {
  return (
    order.paymentStatus === 'paid' &&
    order.openExceptionCount === 0 &&
    order.items.every(
      (item) =>
        item.productId !== null &&
        item.quantityShipped === 0 &&
        item.quantityCancelled === 0 &&
        Boolean(item.product.gtin),
    )
  );
}

test('pack screen: wrong item and over-scan are flagged; a complete pack ships exactly what was scanned', async ({
  page,
  request,
}) => {
  const token = await apiToken(request);
  const processing = await ordersInStatus(request, token, 'processing', 100);
  const order =
    processing.find(
      (candidate) => packable(candidate) && candidate.items.some((item) => item.quantity >= 2),
    ) ?? processing.find(packable);
  if (!order) throw new Error('demo data lacks a packable processing order');
  const inOrder = new Set(order.items.map((item) => item.product.gtin));
  // A GTIN of another catalog product: the pack screen names it from the catalog. (A marketplace item
  // matched by hand keeps the feed's GTIN, which no catalog product carries: "unknown product" there.)
  const candidates = processing
    .flatMap((candidate) => candidate.items)
    .filter((item) => item.productId !== null && item.product.gtin && !inOrder.has(item.product.gtin));
  let stranger: { gtin: string; name: string } | undefined;
  for (const item of candidates) {
    const gtin = item.product.gtin ?? '';
    const response = await request.get(`/api/v1/admin/products?q=${gtin}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const { items } = (await response.json()) as { items: { id: string; name: string; gtin?: string }[] };
    const product = items.find(
      (candidate) => candidate.id === item.productId && candidate.gtin?.endsWith(gtin),
    );
    if (product) {
      stranger = { gtin, name: product.name };
      break;
    }
  }
  if (!stranger) throw new Error('no foreign catalog GTIN in the demo data');

  await signIn(page, 'manager@orderdesk.test');
  await openOrder(page, order);
  await page.getByTestId('pack-button').click();
  await expect(page.getByTestId('pack-screen')).toBeVisible();
  const scanInput = page.getByLabel('Scan barcode');
  await expect(scanInput).toBeFocused();
  const feedback = page.getByTestId('scan-feedback');
  const markShipped = page.getByRole('button', { name: 'Mark shipped' });

  await scanInput.fill(stranger.gtin);
  await scanInput.press('Enter');
  await expect(feedback).toHaveAttribute('data-kind', 'wrong_item');
  await expect(feedback).toContainText(stranger.name);
  await scanInput.fill('1234567890123');
  await scanInput.press('Enter');
  await expect(feedback).toHaveAttribute('data-kind', 'invalid');

  const units = order.items.flatMap((item) => Array.from({ length: item.quantity }, () => item));
  for (const [index, item] of units.entries()) {
    const gtin = item.product.gtin ?? '';
    if (index === 0) {
      // A keyboard wedge typing while the focus is not in the scan field.
      await page.getByRole('heading', { name: `Pack order #${order.number}` }).click();
      await page.keyboard.type(`${gtin}\n`);
    } else {
      await scanInput.fill(gtin);
      await scanInput.press('Enter');
    }
    await expect(feedback).toHaveAttribute('data-kind', 'packed');
    if (index === 0) await page.screenshot({ path: '/tmp/pack-mid.png', fullPage: true });
    if (index < units.length - 1) await expect(markShipped).toBeDisabled();
  }
  await expect(page.getByTestId('pack-progress')).toHaveAttribute('data-complete', 'true');
  const first = order.items[0];
  await scanInput.fill(first?.product.gtin ?? '');
  await scanInput.press('Enter');
  await expect(feedback).toHaveAttribute('data-kind', 'over_scan');
  await expect(page.getByTestId(`pack-line-${first?.id ?? ''}`)).toHaveAttribute(
    'data-packed',
    String(first?.quantity),
  );

  await page.getByLabel('Shipping method').selectOption({ index: 1 });
  await page.getByLabel('Tracking number').fill('PACK-E2E-1');
  await page.screenshot({ path: '/tmp/pack-complete.png', fullPage: true });
  await markShipped.click();
  // After shipping the station moves on to the next order of the pack queue.
  await expect(page.getByRole('heading', { name: `Pack order #${order.number}` })).toHaveCount(0);
  await openOrder(page, order);
  await expect(page.getByTestId('order-status')).toHaveText('Shipped');
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', { timeout: 15_000 });
  await expect.poll(async () => (await serverOrder(request, token, order.id)).status).toBe('shipped');
  const synced = await serverOrder(request, token, order.id);
  expect(synced.shipments).toHaveLength(1);
  expect(synced.shipments[0]?.trackingNumber).toBe('PACK-E2E-1');
  expect(synced.shipments[0]?.items).toEqual(
    order.items.map((item) => ({ orderItemId: item.id, quantity: item.quantity })),
  );
  expect(synced.fulfillmentStatus).toBe('fulfilled');
  await expect(page.getByTestId('customer-stats')).toBeVisible();
  await page.screenshot({ path: '/tmp/pack-order-detail.png', fullPage: true });
});

test('shipping methods admin screen: lists the methods and creates one online', async ({ page }) => {
  await signIn(page, 'admin@orderdesk.test');
  await page.evaluate(() => {
    window.location.hash = '#/settings/shipping-methods';
  });
  const table = page.getByTestId('shipping-methods-table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await page.getByRole('button', { name: 'New method' }).click();
  const form = page.getByRole('form', { name: 'New shipping method' });
  await form.getByLabel('Name').fill('E2E Freight');
  await form.getByLabel('Carrier', { exact: true }).fill('DHL Freight');
  await form.getByLabel('Countries').fill('de, at');
  await form.getByLabel('Price rule').selectOption('weight_bands');
  await form.getByLabel('Up to (kg)').fill('5');
  await form.getByLabel('Price', { exact: true }).fill('7.50');
  await form.getByLabel('Tracking URL template').fill('https://freight.example/t/{tracking}');
  await page.screenshot({ path: '/tmp/shipping-methods-editor.png', fullPage: true });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(table).toContainText('E2E Freight');
  await expect(table).toContainText('up to 5 kg: €7.50');
  await page.screenshot({ path: '/tmp/shipping-methods.png', fullPage: true });
});
