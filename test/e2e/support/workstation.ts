/// <reference lib="dom" />
import { expect, type Browser, type Page } from '@playwright/test';
import { openOrderList } from '../helpers';

/**
 * A workstation: its own browser profile on the renderer's origin, pointed at the central server through
 * the connect screen (URL, test connection, sign in).
 */
export async function connectWorkstation(
  browser: Browser,
  options: {
    rendererUrl: string;
    serverUrl: string;
    email: string;
    password: string;
    viewport?: { width: number; height: number };
    screenshot?: string;
    /** Wait for the order list (demo data); false for an empty store. */
    expectOrders?: boolean;
  },
): Promise<Page> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 } });
  // These specs read the English interface (a fresh workstation starts in German).
  await context.addInitScript(() => localStorage.setItem('orderdesk.language', 'en'));
  const page = await context.newPage();
  await page.goto(options.rendererUrl);
  await expect(page.getByRole('heading', { name: 'Connect to server' })).toBeVisible();
  // The renderer's own origin is not a server: the test says so instead of going on.
  await page.getByLabel('Server address').fill(options.rendererUrl);
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('alert')).toContainText('not an Order Desk server');
  await page.getByLabel('Server address').fill(options.serverUrl);
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText(
    `Connected to the Order Desk server at ${options.serverUrl}`,
  );
  if (options.screenshot) await page.screenshot({ path: options.screenshot });
  await page.getByRole('button', { name: 'Continue to sign in' }).click();
  await expect(page.getByTestId('login-server')).toContainText(options.serverUrl);
  await page.getByLabel('E-mail').fill(options.email);
  // Signing in without a password is stopped in the form, with the sentence on the field.
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription('Password: enter your password.');
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.getByLabel('Password').fill(options.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (options.expectOrders !== false) await openOrderList(page);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'synced', {
    timeout: 30_000,
  });
  return page;
}

/** The names of this origin's local order databases (RxDB/Dexie in IndexedDB). */
export async function localOrderStores(page: Page): Promise<string[]> {
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
  return names.filter((name) => name.includes('orderdesk_'));
}
