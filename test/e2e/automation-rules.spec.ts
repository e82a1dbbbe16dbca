import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test('an automation rule: a wrong amount gets its sentence, a right rule is saved, edited and deleted', async ({
  page,
}) => {
  const name = `Heavy orders ${Date.now().toString(36)}`;
  page.on('dialog', (dialog) => void dialog.accept());
  await signIn(page, 'admin@orderdesk.test');
  await page.evaluate(() => {
    window.location.hash = '#/settings/automation';
  });
  await page.getByRole('button', { name: 'New rule' }).click();
  await page.getByLabel('Rule name').fill(name);
  await page.getByLabel('Enabled').uncheck(); // saved disabled: it must not act on other specs' orders
  await page.getByRole('button', { name: '+ Condition' }).click();
  const condition = {
    field: page.getByLabel('Condition field'),
    operator: page.getByLabel('Condition operator'),
    value: page.getByLabel('Condition value'),
  };
  await expect(condition.field).toHaveValue('totals.gross');
  await expect(condition.operator).toHaveValue('gte');
  await condition.value.fill('lots');
  await page.getByLabel('Action type').selectOption({ label: 'Assign shipping method' });
  await page.getByRole('button', { name: 'Save rule' }).click();
  // The amount and the missing method are refused under their fields; nothing is saved.
  await expect(condition.value).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter an amount like 1000.00.')).toBeVisible();
  await expect(page.getByLabel('Shipping method')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Please choose a shipping method.')).toBeVisible();
  await expect(page.getByTestId('rules-table')).not.toContainText(name);
  await page.locator('.rules-page').screenshot({ path: '/tmp/rule-editor-errors.png' });

  await condition.value.fill('250.00');
  const methods = page.getByLabel('Shipping method').locator('option');
  const method = (await methods.nth(1).textContent()) ?? '';
  await page.getByLabel('Shipping method').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Save rule' }).click();
  const row = page.getByTestId('rules-table').getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Order total');
  await expect(row).toContainText(method);

  // Edit: the operator list follows the field; the condition is removed by its own button.
  await row.getByRole('button', { name: 'Edit' }).click();
  await expect(condition.value).toHaveValue('250.00');
  await condition.field.selectOption({ label: 'Tags' });
  await expect(condition.operator.locator('option')).not.toContainText(['is at least']);
  await page.getByRole('button', { name: 'Remove' }).first().click();
  await expect(condition.field).toHaveCount(0);
  await page.getByRole('button', { name: 'Save rule' }).click();
  await expect(row).not.toContainText('Order total');

  await row.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('rules-table')).not.toContainText(name);
});
