/// <reference lib="dom" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type BrowserType, type Route } from '@playwright/test';
import { apiToken, openOrder, ordersInStatus, serverOrder, signIn } from './helpers';

/**
 * The workstation dies mid-sync: the browser is closed while a push (the server has applied it, the
 * answer never arrives) or a pull (documents fetched, never stored: IndexedDB's transaction is
 * aborted) is in flight. Reopened on the same profile: nothing lost, nothing applied twice, the
 * outbox resumes.
 */
test.describe('workstation closed mid-sync', () => {
  let profile = '';
  test.beforeEach(() => {
    profile = mkdtempSync(join(tmpdir(), 'order-desk-chaos-'));
  });
  test.afterEach(() => rmSync(profile, { recursive: true, force: true }));

  /** Opens the app on the persistent profile (the same IndexedDB and localStorage every time). */
  const openProfile = async (
    playwright: { chromium: BrowserType },
    options: { baseURL: string | undefined; launchOptions: object },
  ): Promise<BrowserContext> => {
    const context = await playwright.chromium.launchPersistentContext(profile, {
      ...options.launchOptions,
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    });
    // The spec reads the English interface (a fresh workstation starts in German).
    await context.addInitScript(() => localStorage.setItem('orderdesk.language', 'en'));
    return context;
  };

  /** Lets the request reach the server, then never answers it: the caller closes the browser. */
  const holdAfterServer = (held: () => void) => async (route: Route) => {
    await route.fetch().catch(() => undefined);
    held();
  };

  test('closed mid-push: the command is applied once and the outbox drains after reopening', async ({
    playwright,
    baseURL,
    launchOptions,
    request,
  }) => {
    const token = await apiToken(request);
    const [order] = await ordersInStatus(request, token, 'confirmed');
    if (!order) throw new Error('demo data lacks a confirmed order');

    const first = await openProfile(playwright, { baseURL, launchOptions });
    const page = first.pages()[0] ?? (await first.newPage());
    await signIn(page, 'manager@orderdesk.test');
    let pushHeld!: () => void;
    const pushed = new Promise<void>((resolve) => (pushHeld = resolve));
    await first.route(/\/trpc\/[^?]*sync\.push/, holdAfterServer(pushHeld));
    await openOrder(page, order);
    await page.getByRole('button', { name: 'Start processing' }).click();
    await pushed;
    await expect.poll(async () => (await serverOrder(request, token, order.id)).status).toBe('processing');
    await first.close(); // the answer to the push never arrived

    const second = await openProfile(playwright, { baseURL, launchOptions });
    const reopened = second.pages()[0] ?? (await second.newPage());
    await reopened.goto('/');
    await expect(reopened.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', {
      timeout: 30_000,
    });
    await openOrder(reopened, order);
    await expect(reopened.getByTestId('order-status')).toHaveText('Processing');
    const stored = await serverOrder(request, token, order.id);
    expect(stored.status).toBe('processing');
    expect(stored.version).toBe(order.version + 1); // applied once, not twice
    await second.close();
  });

  test('closed mid-pull: pending commands survive, the pull resumes and shows the server change', async ({
    playwright,
    baseURL,
    launchOptions,
    request,
  }) => {
    const token = await apiToken(request);
    const [local, remote] = await ordersInStatus(request, token, 'confirmed', 40).then((orders) =>
      orders.slice(-2),
    );
    if (!local || !remote) throw new Error('demo data lacks confirmed orders');

    const first = await openProfile(playwright, { baseURL, launchOptions });
    const page = first.pages()[0] ?? (await first.newPage());
    await signIn(page, 'manager@orderdesk.test');
    // a local change waits in the outbox (pushes fail) while a server change is being pulled
    await first.route(/\/trpc\/[^?]*sync\.push/, (route) => route.abort());
    await openOrder(page, local);
    await page.getByRole('button', { name: 'Start processing' }).click();
    await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '1');

    let pullHeld!: () => void;
    const pulled = new Promise<void>((resolve) => (pullHeld = resolve));
    await first.route(/\/trpc\/[^?]*sync\.pull/, holdAfterServer(pullHeld));
    const moved = await request.post(`/api/v1/admin/orders/${remote.id}/status`, {
      headers: { authorization: `Bearer ${token}` },
      data: { status: 'processing' },
    });
    expect(moved.status()).toBe(200);
    await pulled;
    await first.close(); // the pulled documents were never stored

    const second = await openProfile(playwright, { baseURL, launchOptions });
    const reopened = second.pages()[0] ?? (await second.newPage());
    await reopened.goto('/');
    await expect(reopened.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0', {
      timeout: 30_000,
    });
    await openOrder(reopened, remote);
    await expect(reopened.getByTestId('order-status')).toHaveText('Processing');
    await openOrder(reopened, local);
    await expect(reopened.getByTestId('order-status')).toHaveText('Processing');
    const localNow = await serverOrder(request, token, local.id);
    expect(localNow.status).toBe('processing');
    expect(localNow.version).toBe(local.version + 1);
    await second.close();
  });
});
