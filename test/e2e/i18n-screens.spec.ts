/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  channelSchema,
  fulfillmentStatusSchema,
  orderStatuses,
  paymentStatusSchema,
  shipmentStatusSchema,
} from '../../shared/schemas/order';
import { vatTreatmentSchema } from '../../shared/schemas/common';
import { autoInvoiceTriggerSchema } from '../../shared/schemas/invoice-settings';
import { invoiceKindSchema } from '../../shared/schemas/invoice';
import { automationTriggers, ruleActionSchema } from '../../shared/schemas/automation-rule';
import { bulkActionNames } from '../../shared/domain/order/bulk-actions';
import { apiToken, ordersInStatus } from './helpers';
import { signInAdminIn } from './support/sign-in-language';

type Language = 'de' | 'en';
const port = Number(process.env.E2E_PORT ?? 4173);
const shots = process.env.SCREENSHOT_DIR ?? '/tmp/h15s';

/** The workstation's language as the login screen's switch would leave it. */
function storageFor(language: Language) {
  return {
    cookies: [],
    origins: [
      {
        origin: `http://127.0.0.1:${port}`,
        localStorage: [{ name: 'orderdesk.language', value: language }],
      },
    ],
  };
}

const words = {
  de: { email: 'E-Mail', password: 'Passwort', signIn: 'Anmelden', orders: 'Bestellungen' },
  en: { email: 'E-mail', password: 'Password', signIn: 'Sign in', orders: 'Orders' },
} as const;

/** Stored enum values a user must never read: every snake_case value of the shared enums. */
const rawEnumValues = [
  ...orderStatuses,
  ...paymentStatusSchema.options,
  ...fulfillmentStatusSchema.options,
  ...channelSchema.options,
  ...shipmentStatusSchema.options,
  ...vatTreatmentSchema.options,
  ...autoInvoiceTriggerSchema.options,
  ...invoiceKindSchema.options,
  ...automationTriggers,
  ...ruleActionSchema.options.map((option) => option.shape.type.value),
  ...bulkActionNames,
].filter((value) => value.includes('_'));

const developerText: [string, RegExp][] = [
  ['raw enum value', new RegExp(`\\b(${[...new Set(rawEnumValues)].join('|')}|gte|lte|neq)\\b`)],
  ['zod path', /\b[A-Za-z]\w*\.\d+\.\w+/],
  ['zod message', /expected string|expected number|Too small|Too big|Invalid input/],
  ['JSON', /\{\s*"(code|error|message)"/],
  // a space or no-break space between amount and currency, not a table cell's tab
  ['cents-looking amount', /(€|EUR)[ \u00a0]?\d{4,}(?![.,\d])|(?<![.,\d])\d{4,}[ \u00a0]?(€|EUR)/],
  ['missing interpolation', /\{\{\w+\}\}/],
];

/** Every text the user can read on the page, including control labels, placeholders and tooltips. */
async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const element of Array.from(
      document.querySelectorAll('[placeholder], [title], [aria-label], option'),
    )) {
      parts.push(
        element.getAttribute('placeholder') ?? '',
        element.getAttribute('title') ?? '',
        element.getAttribute('aria-label') ?? '',
        element instanceof HTMLOptionElement ? element.text : '',
      );
    }
    return parts.join('\n');
  });
}

/**
 * English interface words a German screen must not show (words that demo data — product names,
 * English street names — does not contain; command barcodes are upper case and stay).
 */
const englishWords = new RegExp(
  `\\b(${[
    'Loading',
    'Save',
    'Cancel',
    'Delete',
    'Search',
    'Orders',
    'Customers',
    'Invoices',
    'Users',
    'Devices',
    'Catalog',
    'Settings',
    'Workstation',
    'Sign out',
    'Revoke',
    'Deactivate',
    'Password',
    'Pack order',
    'Packed',
    'Progress',
    'Shipped',
    'Available',
    'On hand',
    'Net price',
    'Last seen',
    'Overview',
    'Waiting',
    'Print',
    'Printer',
    'Item',
    'unknown',
    'Edit',
    'Buyer',
    'With a',
  ].join('|')})\\b`,
);

async function expectNoDeveloperText(page: Page, screen: string, language: Language): Promise<void> {
  const text = await readableText(page);
  for (const [what, pattern] of developerText) {
    const found = pattern.exec(text);
    expect(found?.[0], `${what} on ${screen}`).toBeUndefined();
  }
  if (language === 'de') expect(englishWords.exec(text)?.[0], `English word on ${screen}`).toBeUndefined();
}

async function visit(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
  await page.waitForTimeout(300);
}

for (const language of ['de', 'en'] as const) {
  test.describe(`every screen in ${language}`, () => {
    test.use({ storageState: storageFor(language), viewport: { width: 1024, height: 768 } });

    test(`shows words, not developer text (${language})`, async ({ page, request }) => {
      test.setTimeout(300_000); // some 30 screens, each read and (in German) photographed
      const token = await apiToken(request);
      const [shipped] = await ordersInStatus(request, token, 'partially_shipped', 1);
      const [onHold] = await ordersInStatus(request, token, 'on_hold', 1);
      const [processing] = (await ordersInStatus(request, token, 'processing', 50)).filter(
        (o) => o.openExceptionCount === 0,
      );
      if (!shipped || !onHold || !processing) throw new Error('demo data lacks orders in these statuses');
      mkdirSync(shots, { recursive: true });

      await page.goto('/');
      await expect(page.getByRole('button', { name: words[language].signIn })).toBeVisible();
      await expectNoDeveloperText(page, 'login', language);
      await page.screenshot({ path: `${shots}/${language}-login.png` });
      await signInAdminIn(page, language);
      await expect(page.locator('nav').getByText(words[language].orders, { exact: true })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);

      const screens: [string, string, ((p: Page) => Promise<void>)?][] = [
        ['dashboard', '#/dashboard', (p) => p.getByTestId('orders-chart').locator('summary').click()],
        ['orders', '#/orders'],
        ['order-shipped', `#/orders/${shipped.id}`],
        ['order-on-hold', `#/orders/${onHold.id}`],
        [
          'order-edit',
          `#/orders/${processing.id}`,
          async (p) => {
            await p.getByTestId('order-number').waitFor();
            await p.locator('.order-edit-closed button').click();
          },
        ],
        [
          'order-ship',
          `#/orders/${processing.id}`,
          async (p) => {
            await p.getByTestId('fulfillment-panel').locator('button').first().click();
          },
        ],
        ['new-order', '#/orders/new'],
        [
          'order-edit-items',
          `#/orders/${processing.id}`,
          async (p) => {
            const button = p.getByTestId('edit-items');
            await button.waitFor();
            if (await button.isEnabled()) await button.click();
          },
        ],
        ['pack', `#/pack/${processing.id}`],
        ['exceptions', '#/exceptions'],
        ['import', '#/import'],
        ['invoices', '#/invoices'],
        ['customers', '#/customers'],
        [
          'customer',
          '#/customers',
          async (p) => {
            await p.locator('[data-testid^=customer-row-]').first().press('Enter');
            await p.getByTestId('customer-page').waitFor();
          },
        ],
        ['pack-queue', '#/pack'],
        ['printers', '#/settings/printers'],
        ['invoice-settings', '#/settings/invoices'],
        [
          'automation',
          '#/settings/automation',
          async (p) => {
            await p.locator('.rules-page .toolbar button.primary').click();
            await p.locator('.rule-editor .line button').first().click();
          },
        ],
        [
          'shipping-methods',
          '#/settings/shipping-methods',
          async (p) => {
            await p.locator('.shipping-methods-page .toolbar button.primary').click();
          },
        ],
        ['sync', '#/sync'],
        ['admin-store', '#/admin/store', (p) => p.getByTestId('store-setup-page').waitFor()],
        [
          'admin-users',
          '#/admin/users',
          async (p) => {
            await p.locator('[data-testid^=user-row-]').first().waitFor();
            await p.locator('.admin-page .toolbar button.primary').click();
          },
        ],
        [
          'admin-devices',
          '#/admin/devices',
          (p) => p.locator('[data-testid^=device-row-]').first().waitFor(),
        ],
        [
          'admin-catalog',
          '#/admin/catalog',
          async (p) => {
            await p.locator('[data-testid^=product-row-] button').first().click();
          },
        ],
        ['workstation', '#/settings/workstation'],
      ];
      for (const [name, hash, open] of screens) {
        await visit(page, hash);
        if (open) await open(page);
        await page.waitForTimeout(200);
        await expectNoDeveloperText(page, name, language);
        if (language === 'de') await page.screenshot({ path: `${shots}/de-${name}.png`, fullPage: true });
      }
    });
  });
}

test.describe('German interface end to end', () => {
  test.use({ storageState: storageFor('de') });

  test('log in, filter, open an order from the search box, ship it', async ({ page, request }) => {
    const token = await apiToken(request);
    const candidates = (await ordersInStatus(request, token, 'processing', 100)).filter(
      (o) => o.openExceptionCount === 0 && o.items.every((i) => i.quantityShipped === 0),
    );
    const order = candidates.at(-2);
    if (!order) throw new Error('no processing order to ship');

    await signInAdminIn(page, 'de');
    await page.getByLabel('Status', { exact: true }).selectOption('processing');
    await expect(page.getByLabel('Status', { exact: true })).toHaveClass(/active-filter/);
    const search = page.getByLabel('Bestellungen suchen');
    await search.fill(order.number);
    await expect(page.getByTestId(`order-row-${order.number}`)).toBeVisible();
    await search.press('Enter');
    await expect(page.getByTestId('order-number')).toHaveText(`Bestellung #${order.number}`);
    await expect(page.getByTestId('order-status')).toHaveText('In Bearbeitung');

    await page.getByRole('button', { name: 'Versenden…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Artikel versenden' });
    const ship = dialog.getByRole('button', { name: /Stück versenden$/ });
    await dialog.getByLabel('Versanddienstleister').fill('DHL');
    // Shipping without a tracking number names the field in German and moves the focus there.
    await ship.click();
    await expect(dialog.getByText('Bitte die Sendungsnummer eingeben.')).toBeVisible();
    await expect(dialog.getByLabel('Sendungsnummer')).toBeFocused();
    await expect(page.getByTestId('order-status')).toHaveText('In Bearbeitung');
    await dialog.getByLabel('Sendungsnummer').fill(`DE-${Date.now()}`);
    await ship.click();

    await expect(page.getByTestId('shipment-status').first()).toHaveText('Versendet');
    await expect(page.getByTestId('order-status')).toHaveText('Versendet');
    await expect(page.getByTestId('timeline')).toContainText('mit DHL versendet');
    await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'synced', {
      timeout: 15_000,
    });
  });

  test('the empty list offers a reset, and typing a country name in German stores its code', async ({
    page,
    request,
  }) => {
    const token = await apiToken(request);
    const order = (await ordersInStatus(request, token, 'confirmed', 100)).find(
      (o) => o.openExceptionCount === 0 && o.items.every((i) => i.quantityShipped === 0),
    );
    if (!order) throw new Error('no confirmed order to edit');
    await signInAdminIn(page, 'de');
    await page.getByLabel('Bestellungen suchen').fill('zzzz-nothing-matches');
    await expect(page.getByTestId('empty-state')).toContainText('Keine Bestellungen passen');
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await expect(page.locator('[data-testid^=order-row-]').first()).toBeVisible();

    await visit(page, `#/orders/${order.id}`);
    await page.getByRole('button', { name: 'Bestellung bearbeiten' }).click();
    const country = page.locator('fieldset', { hasText: 'Lieferadresse' }).locator('input[list]');
    await country.fill('Österreich');
    await expect(country).toHaveAttribute('data-country-code', 'AT');
    await country.fill('Germany');
    await expect(country).toHaveAttribute('data-country-code', 'DE');
    await country.fill('Germ');
    await expect(country).toHaveAttribute('data-country-code', '');
    await expect(page.getByText('Bitte wählen Sie ein Land aus der Liste.')).toBeVisible();
  });
});
