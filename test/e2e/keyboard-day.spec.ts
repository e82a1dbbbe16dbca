/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { gs1CheckDigit } from '../../shared/domain/exceptions/gtin';
import type { Invoice } from '../../shared/schemas/invoice';
import type { Order } from '../../shared/schemas/order';
import type { ImportFeedResponse } from '../../shared/schemas/marketplace-import';
import type { Product } from '../../shared/schemas/product';
import { apiToken, ordersInStatus, PASSWORD, serverOrder } from './helpers';

// After page.goto, this spec touches the app through page.keyboard only: no click, fill or focus.
const stamp = String(Date.now() % 1_000_000).padStart(6, '0');

/** Presses Tab (or Shift+Tab) until `target` holds the focus, like a user walking the page. */
async function tabTo(page: Page, target: Locator, options: { back?: boolean; max?: number } = {}) {
  const key = options.back ? 'Shift+Tab' : 'Tab';
  for (let step = 0; step < (options.max ?? 150); step += 1) {
    const focused = await target
      .first()
      .evaluate((element) => element === document.activeElement, undefined, { timeout: 5_000 })
      .catch(() => false);
    if (focused) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

async function createProduct(request: APIRequestContext, token: string, sku: string): Promise<Product> {
  const response = await request.post('/api/v1/admin/products', {
    headers: { authorization: `Bearer ${token}` },
    data: { sku, name: 'Keyboard test lantern', priceNet: 1500, vatCategory: 'standard', stock: 50 },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { product: Product }).product;
}

/** A marketplace order whose only item has an unknown GTIN: one open exception. */
async function importUnmatched(request: APIRequestContext, token: string, gtin: string): Promise<string> {
  const address = {
    name: 'Kai Tastatur',
    line1: 'Tabweg 9',
    postalCode: '10115',
    city: 'Berlin',
    country: 'DE',
  };
  const response = await request.post('/api/v1/admin/orders/import', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      marketplace: 'amazon',
      orders: [
        {
          externalId: `AMZ-KBD-${stamp}`,
          customer: { email: 'kai@example.com', name: 'Kai Tastatur' },
          billingAddress: address,
          shippingAddress: address,
          shippingCost: 490,
          items: [{ gtin, title: 'Lantern (marketplace)', quantity: 1, unitPrice: 1990, vatRate: 19 }],
        },
      ],
    },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as ImportFeedResponse).results[0]?.orderId ?? '';
}

/** The login screen puts the focus in the e-mail field: type, Tab, type, Enter. */
async function signInByKeyboard(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByLabel('E-mail')).toBeFocused({ timeout: 30_000 });
  await page.keyboard.type('manager@orderdesk.test');
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  // the landing page is the dashboard: on to the order list through the main navigation
  await expect(page.getByTestId('dashboard')).toBeVisible({ timeout: 30_000 });
  await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'Orders', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid^=order-row-]').first()).toBeVisible({ timeout: 30_000 });
}

/** Back (Shift+Tab) from the current screen to the main navigation's order list, then its search box. */
async function toOrderSearch(page: Page): Promise<void> {
  await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'Orders', exact: true }), {
    back: true,
  });
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid^=order-row-]').first()).toBeVisible();
  await tabTo(page, page.getByRole('searchbox', { name: 'Search orders' }));
}

test('one day by keyboard alone: sign in, filter, open, pack and ship, invoice and print, resolve an exception', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(420_000);
  const token = await apiToken(request);
  const unitCount = (o: Order): number => o.items.reduce((sum, item) => sum + item.quantity, 0);
  const [order] = (await ordersInStatus(request, token, 'confirmed', 50))
    .filter(
      (o) =>
        o.openExceptionCount === 0 &&
        o.vatTreatment === 'domestic' &&
        o.items.every((item) => item.product.gtin && item.quantityShipped === 0),
    )
    .sort((a, b) => unitCount(a) - unitCount(b));
  if (!order) throw new Error('demo data lacks a packable confirmed order');
  const lantern = await createProduct(request, token, `KBD-LANTERN-${stamp}`);
  const body = `28${stamp}0001`;
  const gtin = `${body}${gs1CheckDigit(body)}`;
  const exceptionOrderId = await importUnmatched(request, token, gtin);

  // Sign in: the e-mail field has the focus.
  await signInByKeyboard(page);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'synced');

  // Filter: status "Confirmed" from the select by typing, then the search box; select a row with Space.
  await tabTo(page, page.getByRole('combobox', { name: 'Status', exact: true }));
  await page.keyboard.type('Confirmed');
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('confirmed');
  await tabTo(page, page.getByRole('searchbox', { name: 'Search orders' }), { back: true });
  await page.keyboard.type(order.number);
  const row = page.getByTestId(`order-row-${order.number}`);
  await expect(row).toBeVisible();
  await tabTo(page, row);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('selection-count')).toHaveText('1 selected');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('selection-count')).toHaveText('0 selected');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('order-number')).toHaveText(`Order #${order.number}`);

  // Pack at the pack station: every unit scanned, then carrier and tracking number, Enter ships.
  await tabTo(page, page.getByTestId('pack-button'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Pack order #${order.number}` })).toBeVisible();
  await expect(page.getByLabel('Scan barcode')).toBeFocused();
  await page.keyboard.type(`400000000000${gs1CheckDigit('400000000000')}\n`);
  await expect(page.getByRole('alert').filter({ hasText: /Wrong item|Not a valid/ })).toBeVisible();
  const units = order.items.flatMap((item) =>
    Array.from({ length: item.quantity - item.quantityCancelled }, () => item.product.gtin ?? ''),
  );
  for (const unit of units) await page.keyboard.type(`${unit}\n`);
  await expect(page.getByTestId('pack-progress')).toHaveAttribute('data-complete', 'true');
  await expect(page.getByLabel('Tracking number')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('DHL');
  await page.keyboard.press('Tab');
  await page.keyboard.type(`KBD-${stamp}`);
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await serverOrder(request, token, order.id)).status, { timeout: 20_000 })
    .toBe('shipped');

  // Invoice: find the order again, issue, save the PDF and print it.
  await toOrderSearch(page);
  await page.keyboard.type(order.number);
  await expect(page.getByTestId(`order-row-${order.number}`)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('order-status')).toHaveText('Shipped');
  await tabTo(page, page.getByTestId('issue-invoice'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('invoice-number').first()).toHaveText(/^INV-/);
  await tabTo(page, page.getByRole('button', { name: 'Save PDF' }));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect(
    readFileSync(await (await download).path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  await tabTo(page, page.getByRole('button', { name: 'Print' }), { back: true });
  const popup = context.waitForEvent('page');
  await page.keyboard.press('Enter');
  expect((await popup).url()).toMatch(/^blob:/);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', { timeout: 20_000 });
  const invoices = await request.get(`/api/v1/admin/orders/${order.id}/invoices`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(((await invoices.json()) as { items: Invoice[] }).items).toHaveLength(1);

  // Exception: the queue, filtered by GTIN; the catalog search picks the product by its SKU.
  await tabTo(page, page.getByRole('navigation').getByRole('link', { name: /Exceptions/ }), { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Filter by GTIN'));
  await page.keyboard.type(gtin);
  await expect(page.locator('tr.exception-row')).toHaveCount(1);
  await tabTo(page, page.getByRole('button', { name: 'Resolve…' }));
  await page.keyboard.press('Enter');
  await expect(page.getByPlaceholder('Search GTIN, SKU or name')).toBeFocused();
  await page.keyboard.type(lantern.sku);
  await tabTo(page, page.getByRole('option', { name: /Keyboard test lantern/ }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Resolve', exact: true }));
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await serverOrder(request, token, exceptionOrderId)).openExceptionCount, {
      timeout: 20_000,
    })
    .toBe(0);
});

test('dialogs take the focus, keep Tab inside, close on Escape and give the focus back', async ({ page }) => {
  await signInByKeyboard(page);

  const opener = page.getByRole('button', { name: 'Save view', exact: true });
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Save this view' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox')).toBeFocused();
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: 'test-results/keyboard-dialog-focus.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  // The shortcut help opens on "?" and closes on Escape, back to where the focus was.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('a skip link jumps past the top bar to the screen', async ({ page }) => {
  await signInByKeyboard(page);
  const skip = page.getByRole('button', { name: 'Skip to content' });
  await expect(skip).not.toBeInViewport();
  await tabTo(page, skip, { back: true });
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});
