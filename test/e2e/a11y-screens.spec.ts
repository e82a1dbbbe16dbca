/// <reference lib="dom" />
import { expect, test, type Locator, type Page } from '@playwright/test';
import { signInAdminIn } from './support/sign-in-language';
import { expectNoAxeViolations } from './support/axe';
import { appScreens, screenOrders, screensMissingFrom, visitScreen } from './support/app-screens';

type Language = 'de' | 'en';
const port = Number(process.env.E2E_PORT ?? 4173);

function storageFor(language: Language) {
  return {
    cookies: [],
    origins: [
      { origin: `http://127.0.0.1:${port}`, localStorage: [{ name: 'orderdesk.language', value: language }] },
    ],
  };
}

const words = {
  de: {
    email: 'E-Mail',
    password: 'Passwort',
    signIn: 'Anmelden',
    search: 'Bestellungen suchen',
    saveView: 'Ansicht speichern',
    export: 'Exportieren…',
    shortcuts: 'Tastenkürzel',
    cancelOrder: 'Bestellung stornieren',
    changeServer: 'Server wechseln',
    serverAddress: 'Serveradresse',
    testConnection: 'Verbindung testen',
    continueToSignIn: 'Weiter zur Anmeldung',
  },
  en: {
    email: 'E-mail',
    password: 'Password',
    signIn: 'Sign in',
    search: 'Search orders',
    saveView: 'Save view',
    export: 'Export…',
    shortcuts: 'Keyboard shortcuts',
    cancelOrder: 'Cancel order',
    changeServer: 'Change server',
    serverAddress: 'Server address',
    testConnection: 'Test connection',
    continueToSignIn: 'Continue to sign in',
  },
} as const;

async function hash(page: Page, target: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, target);
  await page.waitForTimeout(300);
}

test('every screen of the route table is in the checked list', async ({ request }) => {
  expect(screensMissingFrom(appScreens(await screenOrders(request)))).toEqual([]);
});

for (const language of ['de', 'en'] as const) {
  test.describe(`axe, ${language}`, () => {
    // axe reads the whole page each time: some twenty screens take minutes on a shared machine
    test.setTimeout(900_000);
    test.use({ storageState: storageFor(language), viewport: { width: 1280, height: 800 } });

    test(`every screen has no critical or serious violation (${language})`, async ({ page, request }) => {
      const screens = appScreens(await screenOrders(request));
      await page.goto('/');
      await expect(page.getByRole('button', { name: words[language].signIn })).toBeVisible();
      await expectNoAxeViolations(page, `login (${language})`);
      await page.getByLabel(words[language].email, { exact: true }).fill('admin@orderdesk.test');
      await page.getByLabel(words[language].password, { exact: true }).fill('wrong-password');
      await page.getByRole('button', { name: words[language].signIn }).click();
      await expect(page.locator('.login [role=alert], .login .error').first()).toBeVisible();
      await expectNoAxeViolations(page, `login with an error (${language})`);

      await signInAdminIn(page, language);
      for (const screen of screens) {
        await visitScreen(page, screen);
        await expectNoAxeViolations(page, `${screen.name} (${language})`);
      }
    });

    test(`connect screen, with a failed and a passed server check (${language})`, async ({ page }) => {
      const w = words[language];
      await page.goto('/');
      await page.getByRole('button', { name: w.changeServer }).click();
      const address = page.getByLabel(w.serverAddress);
      await expect(address).toBeFocused();
      await expectNoAxeViolations(page, `connect (${language})`);
      await address.fill('http://127.0.0.1:9');
      await page.getByRole('button', { name: w.testConnection }).click();
      await expect(page.getByRole('alert')).toBeVisible({ timeout: 15_000 });
      await expectNoAxeViolations(page, `connect, server not reached (${language})`);
      await address.fill(`http://127.0.0.1:${port}`);
      await page.getByRole('button', { name: w.testConnection }).click();
      await expect(page.getByRole('status')).toBeVisible();
      await expectNoAxeViolations(page, `connect, server found (${language})`);
      await page.getByRole('button', { name: w.continueToSignIn }).click();
      await expect(page.getByRole('button', { name: w.signIn })).toBeVisible();
    });

    test(`empty, dialog, loading, error and offline states (${language})`, async ({
      page,
      context,
      request,
    }) => {
      const { processing } = await screenOrders(request);
      const w = words[language];
      await signInAdminIn(page, language);

      // the order list with a selection (bulk bar), its dialogs, and with nothing matching
      await page.locator('[data-testid^=order-row-] input[type=checkbox]').first().check();
      await expectNoAxeViolations(page, `orders with a selection (${language})`);
      await page.getByRole('button', { name: w.saveView }).click();
      await expectNoAxeViolations(page, `save view dialog (${language})`);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: w.export }).click();
      await expectNoAxeViolations(page, `export dialog (${language})`);
      await page.getByTestId('export-dialog').getByRole('button').last().click();
      await page.getByRole('button', { name: w.shortcuts }).click();
      await expectNoAxeViolations(page, `shortcut help (${language})`);
      await page.getByTestId('shortcut-help').getByRole('button').last().click();
      await page.getByLabel(w.search).fill('zzzz-nothing-matches');
      await expect(page.getByTestId('empty-state')).toBeVisible();
      await expectNoAxeViolations(page, `orders, nothing matches (${language})`);

      // the order's cancel dialog
      await hash(page, `#/orders/${processing.id}`);
      await page.getByRole('button', { name: w.cancelOrder }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page, `cancel order dialog (${language})`);

      // an admin screen loading, failing, and asking to confirm
      await page.route('**/api/v1/admin/users', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await route.fulfill({ status: 500, json: { error: { code: 'internal', message: 'boom' } } });
      });
      await hash(page, '#/admin/users');
      await expectNoAxeViolations(page, `users loading (${language})`);
      await expect(page.locator('.error[role=alert]').first()).toBeVisible({ timeout: 15_000 });
      await expectNoAxeViolations(page, `users with a server error (${language})`);
      await page.unroute('**/api/v1/admin/users');
      await hash(page, '#/admin/devices');
      await hash(page, '#/admin/users');
      await page.locator('.admin-table button.link.danger').first().click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      await expectNoAxeViolations(page, `deactivate user dialog (${language})`);
      await page.keyboard.press('Escape');

      // offline: the order list, an order, an online-only admin screen and the sync screen
      await context.setOffline(true);
      for (const target of ['#/orders', `#/orders/${processing.id}`, '#/admin/devices', '#/sync']) {
        await hash(page, target);
        await page.waitForTimeout(500);
        await expectNoAxeViolations(page, `offline ${target} (${language})`);
      }
      await context.setOffline(false);
    });
  });
}

test.describe('200 % zoom', () => {
  // a 1280×800 window at 200 % zoom lays out like a 640×400 window at 100 %
  test.use({ viewport: { width: 640, height: 400 } });

  test('every control of the order list and an order stays reachable', async ({ page, request }) => {
    const { processing } = await screenOrders(request);
    const reachable = async (name: string, locator: Locator): Promise<void> => {
      await locator.scrollIntoViewIfNeeded();
      await expect(locator, `${name} at 200 % zoom`).toBeInViewport();
    };
    await signInAdminIn(page, 'en');
    // the controls in view; the settings and user menus' entries show when their button opens them
    for (const link of await page
      .locator('header.topbar a:visible, header.topbar button:visible, header.topbar select:visible')
      .all()) {
      await reachable(`header control ${await link.textContent()}`, link);
    }
    await reachable('search', page.getByLabel(words.en.search));
    for (const select of await page.locator('.filter-bar select').all()) {
      await reachable(`filter ${await select.getAttribute('aria-label')}`, select);
    }
    for (const button of await page.locator('.order-list .toolbar button').all()) {
      await reachable(`toolbar button ${await button.textContent()}`, button);
    }
    await reachable('total column header', page.getByRole('columnheader', { name: 'Total' }));
    const firstRow = page.locator('[data-testid^=order-row-]').first();
    await reachable('row checkbox', firstRow.getByRole('checkbox'));
    await firstRow.getByRole('checkbox').check();
    await reachable('bulk actions', page.getByTestId('selection-bar').locator('button, select').last());
    await reachable('last cell of a row', firstRow.getByRole('gridcell').last());

    await hash(page, `#/orders/${processing.id}`);
    await expect(page.getByTestId('order-number')).toBeVisible();
    for (const button of await page.locator('.page.detail button').all()) {
      if (await button.isVisible()) await reachable(`order button ${await button.textContent()}`, button);
    }
    await reachable('order total', page.getByTestId('order-total'));
  });
});
