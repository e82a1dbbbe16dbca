import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

async function open(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
}

test('printer settings: copies out of range are named on their row, right ones are kept', async ({
  page,
}) => {
  await signIn(page, 'admin@orderdesk.test');
  await open(page, '#/settings/printers');
  const copies = page.getByLabel('Pick list: Copies');
  await copies.fill('0');
  await page.getByRole('button', { name: 'Save printer settings' }).click();
  await expect(page.getByText('Enter a whole number of copies from 1 to 20.')).toBeVisible();
  await expect(copies).toHaveAttribute('aria-invalid', 'true');
  await expect(copies).toBeFocused();
  await page.getByTestId('printers-page').screenshot({ path: '/tmp/printers-error.png' });

  await copies.fill('3');
  await page.getByLabel('Invoice: Print without dialog').check();
  await page.getByRole('button', { name: 'Save printer settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Printer settings saved.' })).toBeVisible();
  await page.reload();
  await open(page, '#/settings/printers');
  await expect(page.getByLabel('Pick list: Copies')).toHaveValue('3');
  await expect(page.getByLabel('Invoice: Print without dialog')).toBeChecked();
});

test('feed import: a blank marketplace is named under its field and nothing is sent', async ({ page }) => {
  await signIn(page, 'admin@orderdesk.test');
  await open(page, '#/import');
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') requests.push(request.url());
  });
  await page.getByLabel('Marketplace').fill('  ');
  await page.getByLabel('CSV file (one row per item)').setInputFiles({
    name: 'feed.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('external_id;gtin;quantity\n'),
  });
  await expect(page.getByText('Enter the marketplace first.')).toBeVisible();
  await expect(page.getByLabel('Marketplace')).toHaveAttribute('aria-invalid', 'true');
  expect(requests.filter((url) => url.includes('import'))).toEqual([]);
});
