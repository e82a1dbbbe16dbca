/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { apiToken, serverOrder, signIn } from './helpers';

/** Types a barcode like a keyboard wedge: the characters, then Enter. */
async function wedge(page: Page, text: string): Promise<void> {
  await page.keyboard.type(`${text}\n`);
}

test('pack station: NEXT opens the queue head, progress survives a reload, SHIP is refused until packed, the last scan jumps to tracking', async ({
  page,
  request,
}) => {
  const token = await apiToken(request);
  await signIn(page, 'packer@orderdesk.test');
  await page.evaluate(() => {
    window.location.hash = '#/pack';
  });
  const rows = page.getByTestId('pack-queue-row');
  await expect(rows.first()).toBeVisible();
  await page.screenshot({ path: '/tmp/h15p-pack-queue.png', fullPage: true });
  const firstNumber = ((await rows.first().locator('a').first().textContent()) ?? '').replace('#', '');

  await page.getByLabel('Scan', { exact: true }).focus();
  await wedge(page, 'CMDNEXT');
  await expect(page.getByRole('heading', { name: `Pack order #${firstNumber}` })).toBeVisible();
  const orderId = page.url().split('#/pack/')[1] ?? '';
  const order = await serverOrder(request, token, orderId);
  const units = order.items.flatMap((item) =>
    Array.from(
      { length: item.quantity - item.quantityShipped - item.quantityCancelled },
      () => item.product.gtin ?? '',
    ),
  );
  expect(units.every(Boolean)).toBe(true);

  await wedge(page, units[0] ?? '');
  await expect(page.getByTestId('scan-feedback')).toHaveAttribute('data-kind', 'packed');
  await page.reload();
  await expect(page.getByTestId('pack-restored')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('pack-progress')).toContainText(`1 of ${units.length} units packed`);
  await page.screenshot({ path: '/tmp/h15p-pack-screen.png', fullPage: true });

  await wedge(page, 'CMDSHIP');
  if (units.length > 1) await expect(page.getByTestId('command-notice')).toContainText('still to scan');
  for (const gtin of units.slice(1)) {
    await page.getByLabel('Scan barcode').focus();
    await wedge(page, gtin);
  }
  await expect(page.getByTestId('pack-progress')).toHaveAttribute('data-complete', 'true');
  await expect(page.getByLabel('Tracking number')).toBeFocused();
});

test('pack station: Enter in the tracking field ships, moves on, and downloads the packing slip', async ({
  page,
  request,
}) => {
  const token = await apiToken(request);
  await signIn(page, 'packer@orderdesk.test');
  await page.evaluate(() => {
    window.location.hash = '#/pack';
  });
  const rows = page.getByTestId('pack-queue-row');
  await expect(rows.nth(1)).toBeVisible();
  const numberOf = async (row: number): Promise<string> =>
    ((await rows.nth(row).locator('a').first().textContent()) ?? '').replace('#', '');
  const [firstNumber, secondNumber] = [await numberOf(0), await numberOf(1)];

  await page.getByLabel('Scan', { exact: true }).focus();
  await wedge(page, 'CMDNEXT');
  await expect(page.getByRole('heading', { name: `Pack order #${firstNumber}` })).toBeVisible();
  const orderId = page.url().split('#/pack/')[1] ?? '';
  const order = await serverOrder(request, token, orderId);
  const toShip = order.items.filter(
    (item) => item.quantity - item.quantityShipped - item.quantityCancelled > 0,
  );
  for (const item of toShip)
    for (let unit = item.quantityShipped + item.quantityCancelled; unit < item.quantity; unit += 1) {
      await page.getByLabel('Scan barcode').focus();
      await wedge(page, item.product.gtin ?? '');
    }
  await expect(page.getByTestId('pack-progress')).toHaveAttribute('data-complete', 'true');
  const tracking = page.getByLabel('Tracking number');
  await expect(tracking).toBeFocused();

  const download = page.waitForEvent('download');
  await tracking.fill(`E2E-PACK-${Date.now()}`);
  await tracking.press('Enter');
  await expect(page.getByRole('heading', { name: `Pack order #${secondNumber}` })).toBeVisible();
  await expect
    .poll(async () => (await serverOrder(request, token, orderId)).status, { timeout: 15_000 })
    .toBe('shipped');

  const file = '/tmp/h15s/packing-slip.pdf';
  mkdirSync('/tmp/h15s', { recursive: true });
  await (await download).saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain(order.number);
  for (const item of toShip) expect(text).toContain(item.product.sku ?? item.product.name);
  // A packing slip carries no prices: no currency sign or code, no amount with cents.
  expect(text).not.toMatch(/€|EUR|\d+[.,]\d{2}\b/);
});

test('pick list REST PDF lists the SKUs of the chosen orders', async ({ request }) => {
  const token = await apiToken(request);
  const list = await request.get('/api/v1/admin/orders?status=confirmed&limit=3', {
    headers: { authorization: `Bearer ${token}` },
  });
  const orders = ((await list.json()) as { items: { id: string; number: string }[] }).items;
  const response = await request.post('/api/v1/admin/pick-lists', {
    headers: { authorization: `Bearer ${token}` },
    data: { orderIds: orders.map((order) => order.id) },
  });
  expect(response.status()).toBe(200);
  const file = '/tmp/h15p-e2e-pick-list.pdf';
  (await import('node:fs')).writeFileSync(file, await response.body());
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  for (const order of orders) expect(text).toContain(`#${order.number}`);
});
