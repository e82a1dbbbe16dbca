/// <reference lib="dom" />
import { expect, test } from '@playwright/test';
import { apiToken, openOrderList, ordersInStatus, PASSWORD } from './helpers';

test('a user who loses orders.view loses the local copy and is signed out', async ({ page, request }) => {
  const admin = await apiToken(request);
  const email = `temp-${Date.now()}@orderdesk.test`;
  const created = await request.post('/api/v1/admin/users', {
    headers: { authorization: `Bearer ${admin}` },
    data: { email, name: 'Temp Viewer', password: PASSWORD, permissions: ['orders.view'] },
  });
  expect(created.status()).toBe(201);
  const user = (await created.json()) as { id: string };

  await page.goto('/');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await openOrderList(page);

  const revoked = await request.patch(`/api/v1/admin/users/${user.id}`, {
    headers: { authorization: `Bearer ${admin}` },
    data: { permissions: [] },
  });
  expect(revoked.status()).toBe(200);
  // Any change on the server makes the device pull; the pull is now refused.
  const [order] = await ordersInStatus(request, admin, 'confirmed');
  if (!order) throw new Error('no confirmed order');
  await request.post(`/api/v1/admin/orders/${order.id}/status`, {
    headers: { authorization: `Bearer ${admin}` },
    data: { status: 'processing' },
  });

  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible({ timeout: 20_000 });
  await page.reload();
  const localOrderStores = async (): Promise<string[]> =>
    (await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''))).filter(
      (name) => name.includes('orderdesk_') && name.includes('orders'),
    );
  await expect.poll(localOrderStores, { timeout: 15_000 }).toEqual([]);
});
