import { expect, test } from '@playwright/test';
import { invoiceSettingsResponseSchema } from '../../shared/schemas/invoice-settings';
import { apiToken, signIn } from './helpers';

test('invoice settings: a wrong field gets its sentence and nothing is saved; a right one is saved', async ({
  page,
  request,
}) => {
  const token = await apiToken(request);
  const settingsNow = async () =>
    invoiceSettingsResponseSchema.parse(
      await (
        await request.get('/api/v1/admin/invoice-settings', { headers: { authorization: `Bearer ${token}` } })
      ).json(),
    );
  const before = await settingsNow();
  await signIn(page, 'admin@orderdesk.test');
  await page.evaluate(() => {
    window.location.hash = '#/settings/invoices';
  });
  const terms = page.getByLabel('Payment terms (days)');
  const iban = page.getByLabel('IBAN');
  await terms.fill('');
  await iban.fill('DE12');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Please enter a whole number of days from 0 to 365.')).toBeVisible();
  await expect(page.getByText('Please enter an IBAN such as DE89 3704 0044 0532 0130 00')).toBeVisible();
  await expect(iban).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Street and number')).toHaveAttribute('aria-invalid', 'false');
  expect((await settingsNow()).version).toBe(before.version);

  await terms.fill(String(before.paymentTermsDays + 7));
  await iban.fill(before.bankDetails?.iban ?? '');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const after = await settingsNow();
  expect(after).toMatchObject({
    paymentTermsDays: before.paymentTermsDays + 7,
    logo: before.logo,
    timeZone: before.timeZone,
  });

  await terms.fill(String(before.paymentTermsDays)); // as it was, for the specs after this one
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect.poll(async () => (await settingsNow()).paymentTermsDays).toBe(before.paymentTermsDays);
});
