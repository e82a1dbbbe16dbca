/// <reference lib="dom" />
import { expect, test } from '@playwright/test';
import type { CustomerOrderStats } from '../../shared/schemas/customer-order-stats';
import { apiToken, PASSWORD } from './helpers';

test('the dashboard is the landing page: its tiles count what their screens list, a bar opens that day', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('E-mail').fill('admin@orderdesk.test');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const dashboard = page.getByTestId('dashboard');
  await expect(dashboard).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'synced', {
    timeout: 30_000,
  });
  // The first pull fills the local copy: the tile counts up as orders arrive.
  const toPackNow = async (): Promise<number> =>
    Number(await page.getByTestId('tile-to-pack-value').textContent());
  await expect.poll(toPackNow, { timeout: 30_000 }).toBeGreaterThan(0);
  await expect(page.getByTestId('tile-outbox-value')).toHaveText('0');
  await expect(page.getByTestId('tile-exceptions-value')).toHaveText('0');

  // The chart's numbers are readable as a table: 30 days, the last one today.
  const chart = page.getByTestId('orders-chart');
  await expect(chart.getByRole('group', { name: /Orders per day, last 30 days/ })).toBeVisible();
  await chart.locator('summary').click();
  const rows = page.getByTestId('orders-chart-table').locator('tbody tr');
  await expect(rows).toHaveCount(30);
  const counts = await rows.locator('td.num').allTextContents();
  const busiest = counts.findIndex((count) => Number(count) > 0);
  expect(busiest).toBeGreaterThanOrEqual(0);
  await page.screenshot({ path: '/tmp/h15s/en-dashboard.png' });

  // A bar opens the order list filtered to its day, showing as many orders as the bar says.
  await chart.locator('svg a').nth(busiest).click();
  await expect(page).toHaveURL(/#\/orders\?from=\d{4}-\d{2}-\d{2}&to=/);
  await expect(page.getByLabel('From date')).toHaveClass(/active-filter/);
  await expect(page.locator('[data-testid^=order-row-]').first()).toBeVisible();

  // The pack tile opens the pack queue with that many orders (the queue screen lists the first 200).
  await page.evaluate(() => {
    window.location.hash = '#/dashboard';
  });
  const toPack = await toPackNow();
  await page.getByTestId('tile-to-pack').click();
  await expect(page).toHaveURL(/#\/pack$/);
  await expect(page.getByTestId('pack-queue-row')).toHaveCount(Math.min(toPack, 200));
});

test('a customer opens from the list by keyboard, shows stats as money and their orders, which open', async ({
  page,
  request,
}) => {
  const token = await apiToken(request);
  await page.goto('/');
  await page.getByLabel('E-mail').fill('manager@orderdesk.test');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('dashboard')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'synced', {
    timeout: 30_000,
  });
  await page.evaluate(() => {
    window.location.hash = '#/customers';
  });
  const first = page.locator('[data-testid^=customer-row-]').first();
  await first.focus();
  await first.press('Enter');
  await expect(page.getByTestId('customer-page')).toBeVisible();
  const customerId = /#\/customers\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
  const response = await request.get(`/api/v1/admin/customers/${customerId}/stats`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  const stats = (await response.json()) as CustomerOrderStats;

  await expect(page.getByTestId('customer-stats-orders')).toHaveText(String(stats.orderCount));
  const spent = new Intl.NumberFormat('en-US', { style: 'currency', currency: stats.currency }).format(
    stats.totalSpentGross / 100,
  );
  await expect(page.getByTestId('customer-stats-spent')).toHaveText(spent);
  await expect(page.getByTestId('customer-addresses').locator('address').first()).toBeVisible();
  const orders = page.getByTestId('customer-orders').locator('tbody tr');
  await expect(orders).toHaveCount(stats.orderCount);
  await page.screenshot({ path: '/tmp/h15s/en-customer.png', fullPage: true });

  const number = ((await orders.first().locator('a').textContent()) ?? '').replace('#', '');
  await orders.first().focus();
  await orders.first().press('Enter');
  await expect(page.getByTestId('order-number')).toHaveText(`Order #${number}`);
});

test.describe('layout in German', () => {
  test.use({
    storageState: {
      cookies: [],
      origins: [
        {
          origin: `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`,
          localStorage: [{ name: 'orderdesk.language', value: 'de' }],
        },
      ],
    },
  });

  test('the top bar and the order list fit at 1024×768 and 1280×800, nothing cut off', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/');
    await page.getByLabel('E-Mail', { exact: true }).fill('admin@orderdesk.test');
    await page.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByTestId('dashboard')).toBeVisible({ timeout: 30_000 });
    for (const [width, height] of [
      [1024, 768],
      [1280, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const hash of ['#/dashboard', '#/orders']) {
        await page.evaluate((target) => {
          window.location.hash = target;
        }, hash);
        if (hash === '#/orders')
          await expect(page.locator('[data-testid^=order-row-]').first()).toBeVisible({ timeout: 30_000 });
        const overflow = await page.evaluate(() => {
          const bar = document.querySelector('.topbar');
          const cut = Array.from(document.querySelectorAll('.topbar a, .topbar button, .topbar select'))
            .filter((element) => (element as HTMLElement).offsetParent !== null)
            .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
            .map((element) => element.textContent);
          const row = document.querySelector('[data-testid^=order-row-]');
          const rowCut = row ? row.scrollWidth > row.clientWidth + 1 : false;
          return { bar: bar ? bar.scrollWidth > bar.clientWidth : true, cut, rowCut };
        });
        expect(overflow, `${hash} at ${width}×${height}`).toEqual({ bar: false, cut: [], rowCut: false });
        await page.screenshot({ path: `/tmp/h15s/layout-${hash.slice(2)}-${width}x${height}.png` });
      }
    }
    // The settings menu opens, lists the admin screens, and closes when one is chosen.
    await page.getByTestId('settings-menu').click();
    await page.getByRole('link', { name: 'Verwaltung' }).click();
    await expect(page.getByTestId('store-setup-page')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Verwaltung' })).toBeHidden();
  });
});
