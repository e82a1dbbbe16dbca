/// <reference lib="dom" />
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Order, OrderStatus } from '../../shared/schemas/order';

export const PASSWORD = 'demo1234';

/** From the dashboard (the landing page after sign-in) to the order list, filled from the server. */
export async function openOrderList(page: Page): Promise<void> {
  await expect(page.getByTestId('dashboard')).toBeVisible({ timeout: 30_000 });
  await page.evaluate(() => {
    window.location.hash = '#/orders';
  });
  await expect(page.locator('[data-testid^=order-row-]').first()).toBeVisible({ timeout: 30_000 });
}

/** Signs in through the login screen and waits for the order list to be filled from the server. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await openOrderList(page);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'synced');
}

/** A staff token from the REST API. */
export async function apiToken(request: APIRequestContext, email = 'admin@orderdesk.test'): Promise<string> {
  const response = await request.post('/api/v1/auth/login', { data: { email, password: PASSWORD } });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { token: string };
  return body.token;
}

/** Orders in a status, straight from the server (the test's source of truth). */
export async function ordersInStatus(
  request: APIRequestContext,
  token: string,
  status: OrderStatus,
  limit = 20,
): Promise<Order[]> {
  const response = await request.get(`/api/v1/admin/orders?status=${status}&limit=${limit}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: Order[] }).items;
}

export async function serverOrder(request: APIRequestContext, token: string, id: string): Promise<Order> {
  const response = await request.get(`/api/v1/admin/orders/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as Order;
}

/** Opens an order's detail screen from the list (no reload, so it also works offline). */
export async function openOrder(page: Page, order: Order): Promise<void> {
  await page.evaluate((id) => {
    window.location.hash = `#/orders/${id}`;
  }, order.id);
  await expect(page.getByTestId('order-number')).toHaveText(`Order #${order.number}`);
}
