/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { Order } from '../../shared/schemas/order';
import { parseCsv } from '../../shared/export/csv';
import { apiToken, signIn } from './helpers';
import { signInAdminIn } from './support/sign-in-language';

/** Seeded demo orders are all dated up to 2026-11-20; orders created by other tests come later. */
const SEEDED_UNTIL = '2026-11-20';

async function serverOrdersWithTag(request: APIRequestContext, token: string, tag: string): Promise<Order[]> {
  const orders: Order[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `tag=${encodeURIComponent(tag)}&to=${SEEDED_UNTIL}&limit=500${cursor ? `&cursor=${cursor}` : ''}`;
    const response = await request.get(`/api/v1/admin/orders?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status()).toBe(200);
    const page = (await response.json()) as { items: Order[]; nextCursor: string | null };
    orders.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return orders;
}

async function download(page: Page, format: 'CSV' | 'Excel (XLSX)', lines: boolean): Promise<Buffer> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByLabel('All matching the filter').check();
  await dialog.getByLabel(lines ? 'One row per order line' : 'One row per order', { exact: true }).check();
  await dialog.getByLabel(format, { exact: true }).check();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  return readFile(await file.path());
}

test('bulk-tags 1,000 orders offline, syncs them all, and exports them', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(300_000);
  const token = await apiToken(request);
  const tag = `bulk-${Date.now().toString(36)}`;
  await signIn(page, 'manager@orderdesk.test');

  await page.getByLabel('To date').fill(SEEDED_UNTIL);
  await expect(page.getByTestId('order-count')).toHaveText(/^1000 of \d+ orders$/, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Select all 1000 matching' }).click();
  await expect(page.getByTestId('selection-count')).toHaveText('1000 selected (all matching)');

  await context.setOffline(true);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'offline');
  await page.getByLabel('Bulk action').selectOption('add_tag');
  await page.getByLabel('Tag', { exact: true }).last().fill(tag);
  await page.getByRole('button', { name: 'Apply to 1000' }).click();
  await expect(page.getByTestId('bulk-progress')).toBeVisible();
  await page.screenshot({ path: '/tmp/bulk-progress.png' });
  await expect(page.getByTestId('bulk-progress')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('bulk-progress-count')).toHaveText('1000 / 1000');
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '1000', {
    timeout: 20_000,
  });

  // The overlay already shows the tag on every order, while nothing has reached the server.
  await page.getByRole('textbox', { name: 'Tag' }).first().fill(tag);
  await expect(page.getByTestId('order-count')).toHaveText(/^1000 of \d+ orders$/);
  await expect(page.locator('[data-testid^=order-row-] .pending-dot').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/bulk-list-filtered.png' });
  expect(await serverOrdersWithTag(request, token, tag)).toHaveLength(0);

  await context.setOffline(false);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', { timeout: 120_000 });
  const synced = await serverOrdersWithTag(request, token, tag);
  expect(synced).toHaveLength(1000);
  expect(synced.every((order) => order.tags.includes(tag))).toBe(true);

  const csv = parseCsv((await download(page, 'CSV', false)).toString('utf8'));
  expect(csv).toHaveLength(1001);
  const tagsColumn = csv[0]?.indexOf('Tags') ?? -1;
  expect(csv.slice(1).every((row) => (row[tagsColumn] ?? '').includes(tag))).toBe(true);
  expect(new Set(csv.slice(1).map((row) => row[0]))).toEqual(new Set(synced.map((order) => order.number)));

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await download(page, 'Excel (XLSX)', true)).buffer);
  const lineCount = synced.reduce((sum, order) => sum + order.items.length, 0);
  expect(workbook.getWorksheet('Order lines')?.rowCount).toBe(1 + lineCount);
});

test('keyboard shortcuts: help, search focus, move, select, clear', async ({ page }) => {
  await signIn(page, 'manager@orderdesk.test');
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcut-help')).toBeVisible();
  // The help is a modal dialog now: Escape closes it (h18k).
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcut-help')).toHaveCount(0);
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  await expect(page.getByTestId('selection-count')).toHaveText('1 selected');
  await page.keyboard.press('Shift+A');
  await expect(page.getByTestId('selection-count')).toContainText('(all matching)');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('selection-count')).toHaveText('0 selected');
  await page.keyboard.press('/');
  await expect(page.getByLabel('Search orders')).toBeFocused();
});

test.describe('form problems (German, 1024×768)', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('export dialog and bulk bar show each problem under its field and focus it', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('orderdesk.language', 'de'));
    await signInAdminIn(page, 'de');

    await page.getByRole('button', { name: 'Exportieren…' }).click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByLabel('Ausgewählte Bestellungen').check();
    for (const box of await dialog.getByRole('checkbox').all()) await box.uncheck();
    await dialog.getByRole('button', { name: 'Herunterladen' }).click();
    await expect(dialog.locator('input[name=scope]:focus')).toHaveCount(1);
    await expect(dialog.getByLabel('Ausgewählte Bestellungen')).toHaveAccessibleDescription(
      /^Es sind keine Bestellungen ausgewählt\./,
    );
    await expect(dialog.getByRole('group', { name: 'Spalten' })).toHaveAccessibleDescription(
      'Bitte mindestens eine Spalte ankreuzen.',
    );
    await page.screenshot({ path: '/tmp/export-dialog-errors-de.png' });
    // One row per line keeps its own ticked columns; the filtered set downloads.
    await dialog.getByLabel('Alle, die zum Filter passen').check();
    await dialog.getByLabel('Eine Zeile pro Position').check();
    await expect(dialog.getByRole('checkbox', { checked: true }).first()).toBeVisible();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Herunterladen' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    await expect(dialog).toHaveCount(0);

    await page.locator('[data-testid^=order-row-] input[type=checkbox]').first().check();
    const bar = page.getByTestId('bulk-bar');
    await bar.getByRole('button', { name: 'Auf 1 anwenden' }).click();
    const tag = bar.getByRole('textbox', { name: 'Tag' });
    await expect(tag).toBeFocused();
    await expect(tag).toHaveAccessibleDescription('Bitte einen Tag eingeben.');
    await page.screenshot({ path: '/tmp/bulk-bar-error-de.png' });
    await bar.getByLabel('Sammelaktion').selectOption('assign_shipping_method');
    await bar.getByRole('button', { name: 'Auf 1 anwenden' }).click();
    const method = bar.getByRole('combobox', { name: 'Versandart' });
    await expect(method).toBeFocused();
    await expect(method).toHaveAccessibleDescription('Bitte eine Versandart wählen.');
    await page.screenshot({ path: '/tmp/bulk-bar-method-error-de.png' });
  });
});
