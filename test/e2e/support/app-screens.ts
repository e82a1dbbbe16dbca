/// <reference lib="dom" />
import type { APIRequestContext, Page } from '@playwright/test';
import type { Order } from '../../../shared/schemas/order';
import { createMemoryHistory, createRouter } from '@tanstack/react-router';
import { routeTree, screenKey, screenKeys } from '../../../renderer/src/app/routes';
import { apiToken, ordersInStatus } from '../helpers';

/** A screen the end-to-end checks visit: its hash URL and, for a state inside it, how to open that. */
export interface AppScreen {
  name: string;
  hash: string;
  open?: (page: Page) => Promise<void>;
}

/** Demo orders the screens show: one shipped in part, one on hold, one to process without exceptions. */
export interface ScreenOrders {
  shipped: Order;
  onHold: Order;
  processing: Order;
}

export async function screenOrders(request: APIRequestContext): Promise<ScreenOrders> {
  const token = await apiToken(request);
  const [shipped] = await ordersInStatus(request, token, 'partially_shipped', 1);
  const [onHold] = await ordersInStatus(request, token, 'on_hold', 1);
  const [processing] = (await ordersInStatus(request, token, 'processing', 50)).filter(
    (o) => o.openExceptionCount === 0,
  );
  if (!shipped || !onHold || !processing) throw new Error('demo data lacks orders in these statuses');
  return { shipped, onHold, processing };
}

/** Every screen of the app as an admin sees it (the order list first). */
export function appScreens({ shipped, onHold, processing }: ScreenOrders): AppScreen[] {
  return [
    { name: 'dashboard', hash: '#/dashboard' },
    { name: 'orders', hash: '#/orders' },
    { name: 'new-order', hash: '#/orders/new' },
    { name: 'order-shipped', hash: `#/orders/${shipped.id}` },
    { name: 'order-on-hold', hash: `#/orders/${onHold.id}` },
    {
      name: 'order-edit',
      hash: `#/orders/${processing.id}`,
      open: async (p) => {
        await p.getByTestId('order-number').waitFor();
        await p.locator('.order-edit-closed button').click();
      },
    },
    {
      name: 'order-ship',
      hash: `#/orders/${processing.id}`,
      open: async (p) => {
        await p.getByTestId('fulfillment-panel').locator('button').first().click();
      },
    },
    { name: 'pack', hash: `#/pack/${processing.id}` },
    { name: 'pack-queue', hash: '#/pack' },
    { name: 'printers', hash: '#/settings/printers' },
    { name: 'exceptions', hash: '#/exceptions' },
    { name: 'import', hash: '#/import' },
    { name: 'invoices', hash: '#/invoices' },
    { name: 'customers', hash: '#/customers' },
    ...(shipped.customerId ? [{ name: 'customer', hash: `#/customers/${shipped.customerId}` }] : []),
    { name: 'invoice-settings', hash: '#/settings/invoices' },
    {
      name: 'automation',
      hash: '#/settings/automation',
      open: async (p) => {
        await p.locator('.rules-page .toolbar button.primary').click();
        await p.locator('.rule-editor .line button').first().click();
      },
    },
    {
      name: 'shipping-methods',
      hash: '#/settings/shipping-methods',
      open: async (p) => {
        await p.locator('.shipping-methods-page .toolbar button.primary').click();
      },
    },
    { name: 'admin-store', hash: '#/admin/store' },
    { name: 'admin-users', hash: '#/admin/users' },
    { name: 'admin-devices', hash: '#/admin/devices' },
    { name: 'admin-catalog', hash: '#/admin/catalog' },
    { name: 'workstation', hash: '#/settings/workstation' },
    { name: 'sync', hash: '#/sync' },
  ];
}

/** Screens of the app's route table that no listed screen reaches: a new screen must join the list. */
export function screensMissingFrom(screens: readonly AppScreen[]): string[] {
  const router = createRouter({ routeTree, history: createMemoryHistory() });
  const reached = new Set(
    screens.flatMap((screen) => {
      const [, params, found] = router.getMatchedRoutes(new URL(screen.hash.slice(1), 'http://x').pathname);
      return found ? [screenKey(String(found.id), params)] : [];
    }),
  );
  return screenKeys.filter((key) => !reached.has(key));
}

/** Opens a screen by its hash (no reload, so it also works offline) and its state, if any. */
export async function visitScreen(page: Page, screen: AppScreen): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, screen.hash);
  await page.waitForTimeout(300);
  if (screen.open) await screen.open(page);
  await page.waitForTimeout(200);
}
