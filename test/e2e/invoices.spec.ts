/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Invoice } from '../../shared/schemas/invoice';
import { apiToken, openOrder, ordersInStatus, signIn } from './helpers';

test('an invoice issued offline keeps its number on the server; print and save produce a PDF', async ({
  page,
  context,
  request,
}) => {
  const token = await apiToken(request);
  const order = (await ordersInStatus(request, token, 'confirmed', 50)).find(
    (o) => o.openExceptionCount === 0 && o.vatTreatment === 'domestic' && o.items.length > 0,
  );
  if (!order) throw new Error('demo data lacks an invoiceable confirmed order');

  const registered = page.waitForResponse((response) => response.url().includes('sync.registerDevice'));
  await signIn(page, 'manager@orderdesk.test');
  await registered;
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 15_000,
  });
  await openOrder(page, order);
  await expect(page.getByTestId('issue-invoice')).toBeEnabled();

  await context.setOffline(true);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'offline');
  await page.getByTestId('issue-invoice').click();
  const number = page.getByTestId('invoice-number').first();
  await expect(number).toHaveText(/^INV-NWO-D\d{2}-\d{4}-\d{6}$/);
  const issued = (await number.textContent()) ?? '';
  await expect(page.getByTestId('invoice-state').first()).toHaveText('Waiting to sync');
  await expect(page.getByTestId('issue-invoice')).toBeDisabled();

  // Offline: the PDF comes from the local snapshot.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PDF' }).first().click();
  const saved = await (await download).path();
  expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Print' }).first().click();
  expect((await popup).url()).toMatch(/^blob:/);

  await context.setOffline(false);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', { timeout: 20_000 });
  const response = await request.get(`/api/v1/admin/orders/${order.id}/invoices`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const { items } = (await response.json()) as { items: Invoice[] };
  expect(items.map((invoice) => invoice.number)).toEqual([issued]);
  await expect(page.getByTestId('invoice-state').first()).toHaveText('Synced', { timeout: 15_000 });
  await page.screenshot({ path: 'test-results/invoices-order-page.png', fullPage: true });

  await page.evaluate(() => {
    window.location.hash = '#/invoices';
  });
  await expect(page.getByTestId('invoices-table')).toContainText(issued);
  // ticking by keyboard keeps the focus on the tick box and narrows the print to the ticked invoice
  const tick = page.getByRole('checkbox', { name: `Select ${issued}` });
  await tick.focus();
  await page.keyboard.press('Space');
  await expect(tick).toBeChecked();
  await expect(tick).toBeFocused();
  await expect(page.getByRole('button', { name: 'Print selected (1)' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(tick).not.toBeChecked();
  await expect(page.getByRole('button', { name: /^Print listed \(\d+\)$/ })).toBeVisible();
  const combined = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as one PDF' }).click();
  expect(
    readFileSync(await (await combined).path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  await expect(page.getByTestId('bulk-print-message')).toContainText('in one PDF');
});
