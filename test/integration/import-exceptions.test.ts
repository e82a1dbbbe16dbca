import { expect, it } from 'vitest';
import type { Product } from '../../shared/schemas/product';
import { displayGtin } from '../../shared/domain/exceptions/gtin';
import { describeBackends, errorBodyOf, type TestServer } from '../factories/test-server';
import { fetchOrder, pullProducts } from '../factories/orders';
import {
  feedOrder,
  freshExternalId,
  freshGtin13,
  importFeed,
  listExceptions,
} from '../factories/marketplace-feeds';

/** A demo product with a GTIN and at least `units` available, not used by another test of this file. */
const usedProducts = new Set<string>();
async function stockedProduct(server: TestServer, units = 20): Promise<Product> {
  const { token } = await server.login('admin');
  const products = await pullProducts(server.trpc(token));
  const found = [...products.values()].find(
    (p) => p.gtin && p.stock.available >= units && !usedProducts.has(p.id),
  );
  if (!found) throw new Error('no stocked demo product');
  usedProducts.add(found.id);
  return found;
}

describeBackends('marketplace import', (server) => {
  const admin = async (): Promise<string> => (await server.login('admin')).token;

  it('creates the order: matched items reserve stock, unmatched ones open exceptions, totals from the domain', async () => {
    const token = await admin();
    const product = await stockedProduct(server);
    const unknown = freshGtin13();
    const order = feedOrder([
      {
        gtin: displayGtin(product.gtin ?? ''),
        title: 'Marketplace title',
        quantity: 2,
        unitPrice: 1000,
        vatRate: 19,
      },
      { gtin: unknown, title: 'Unknown gadget', quantity: 3, unitPrice: 500, vatRate: 19 },
    ]);
    const result = await importFeed(server, token, 'amazon', [order]);
    expect(result).toMatchObject({ marketplace: 'amazon', created: 1, unchanged: 0, failed: 0 });
    const [entry] = result.results;
    expect(entry).toMatchObject({ externalId: order.externalId, status: 'created' });
    expect(entry?.exceptions).toEqual([
      expect.objectContaining({ gtin: `0${unknown}`, title: 'Unknown gadget', quantity: 3, status: 'open' }),
    ]);

    const saved = await fetchOrder(server, token, entry?.orderId ?? '');
    expect(saved).toMatchObject({
      channel: 'marketplace',
      marketplace: 'amazon',
      externalId: order.externalId,
      openExceptionCount: 1,
      status: 'confirmed',
    });
    expect(saved.number).toBe(entry?.orderNumber);
    expect(saved.items.map((item) => item.productId)).toEqual([product.id, null]);
    expect(saved.totals).toEqual({ net: 3990, vat: 758, gross: 4748, byRate: expect.any(Array) as unknown });
    expect(saved.events.at(-1)).toMatchObject({ type: 'imported' });

    const after = (await pullProducts(server.trpc(token))).get(product.id);
    expect(after?.stock.reserved).toBe(product.stock.reserved + 2);
    expect(after?.stock.available).toBe(product.stock.available - 2);
  });

  it('re-importing the same externalId changes nothing and returns the existing order', async () => {
    const token = await admin();
    const product = await stockedProduct(server);
    const order = feedOrder([
      { gtin: product.gtin ?? '', title: 'Known', quantity: 1, unitPrice: 900 },
      { gtin: freshGtin13(), title: 'Unknown', quantity: 1, unitPrice: 900 },
    ]);
    const first = await importFeed(server, token, 'ebay', [order]);
    const orderId = first.results[0]?.orderId ?? '';
    const before = await fetchOrder(server, token, orderId);
    const stockBefore = (await pullProducts(server.trpc(token))).get(product.id)?.stock;
    const countsBefore = (await listExceptions(server, token)).counts;

    const again = await importFeed(server, token, 'ebay', [
      order,
      { ...order, items: [{ gtin: freshGtin13(), title: 'Changed', quantity: 9, unitPrice: 1 }] },
    ]);
    expect(again).toMatchObject({ created: 0, unchanged: 2, failed: 0 });
    expect(again.results.map((r) => [r.status, r.orderId])).toEqual([
      ['unchanged', orderId],
      ['unchanged', orderId],
    ]);
    expect(again.results[0]?.exceptions).toEqual(first.results[0]?.exceptions);
    expect(await fetchOrder(server, token, orderId)).toEqual(before);
    expect((await pullProducts(server.trpc(token))).get(product.id)?.stock).toEqual(stockBefore);
    expect((await listExceptions(server, token)).counts).toEqual(countsBefore);

    // The same externalId on another marketplace is another order.
    const other = await importFeed(server, token, 'zalando', [order]);
    expect(other.results[0]).toMatchObject({ status: 'created' });
    expect(other.results[0]?.orderId).not.toBe(orderId);
  });

  it('GTIN-12 and GTIN-13 spellings of one code match the same catalog product', async () => {
    const token = await admin();
    const product = await stockedProduct(server);
    const gtin14 = product.gtin ?? '';
    const spellings = [gtin14, gtin14.slice(1), `${gtin14.slice(1, 7)}-${gtin14.slice(7)}`];
    const result = await importFeed(
      server,
      token,
      'amazon',
      spellings.map((gtin) => feedOrder([{ gtin, title: 'x', quantity: 1, unitPrice: 100 }])),
    );
    expect(result.created).toBe(3);
    for (const entry of result.results) {
      expect(entry.exceptions).toEqual([]);
      expect((await fetchOrder(server, token, entry.orderId ?? '')).items[0]?.productId).toBe(product.id);
    }
  });

  it('an order with an invalid row imports nothing of it; the other orders import; errors name the row', async () => {
    const token = await admin();
    const bad = feedOrder([
      { gtin: freshGtin13(), title: 'Fine row', quantity: 1, unitPrice: 100 },
      { gtin: '4006381333932', title: 'Bad check digit', quantity: 1, unitPrice: 100 },
    ]);
    const noQty = feedOrder([{ gtin: freshGtin13(), title: 'No quantity', quantity: 0, unitPrice: 100 }]);
    const good = feedOrder([{ gtin: freshGtin13(), title: 'Good', quantity: 1, unitPrice: 100 }]);
    const countsBefore = (await listExceptions(server, token)).counts;
    const result = await importFeed(server, token, 'amazon', [
      bad,
      good,
      noQty,
      { externalId: 'broken' },
      42,
    ]);
    expect(result).toMatchObject({ created: 1, unchanged: 0, failed: 4 });
    expect(result.results.map((r) => r.status)).toEqual(['failed', 'created', 'failed', 'failed', 'failed']);
    expect(result.results[0]).toMatchObject({ externalId: bad.externalId, error: { code: 'BAD_INPUT' } });
    expect(result.results[0]?.errors).toEqual([
      { path: 'orders.0.items.1.gtin', message: 'GTIN check digit is wrong' },
    ]);
    expect(result.results[2]?.errors?.map((e) => e.path)).toEqual(['orders.2.items.0.quantity']);
    expect(result.results[3]).toMatchObject({ externalId: 'broken' });
    expect(result.results[4]).toMatchObject({ externalId: null, status: 'failed' });
    expect((await listExceptions(server, token)).counts.open).toBe(countsBefore.open + 1);

    // Fixed and sent again, the bad order now imports (nothing of it was recorded the first time).
    const fixed = await importFeed(server, token, 'amazon', [{ ...bad, items: [bad.items[0]] }]);
    expect(fixed.results[0]).toMatchObject({ status: 'created' });
  });

  it('fails an order whose matched item lacks stock, without a partial write', async () => {
    const token = await admin();
    const product = await stockedProduct(server, 1);
    const order = feedOrder([
      { gtin: freshGtin13(), title: 'Unknown', quantity: 1, unitPrice: 100 },
      { gtin: product.gtin ?? '', title: 'Too many', quantity: product.stock.available + 1, unitPrice: 100 },
    ]);
    const countsBefore = (await listExceptions(server, token)).counts;
    const result = await importFeed(server, token, 'amazon', [order]);
    expect(result.results[0]).toMatchObject({ status: 'failed', error: { code: 'BUSINESS_RULE' } });
    expect((await listExceptions(server, token)).counts).toEqual(countsBefore);
  });

  it('refuses a malformed feed (400), no token (401), a viewer (403)', async () => {
    const token = await admin();
    const cases: [unknown, string][] = [
      [
        { orders: [feedOrder([{ gtin: freshGtin13(), title: 't', quantity: 1, unitPrice: 1 }])] },
        'marketplace',
      ],
      [{ marketplace: 'amazon', orders: [] }, 'orders'],
      [{ marketplace: 'amazon' }, 'orders'],
    ];
    for (const [json, path] of cases) {
      const response = await server.api('POST', '/api/v1/admin/orders/import', { token, json });
      expect(response.status).toBe(400);
      expect(errorBodyOf(response).issues?.map((i) => i.path)).toContain(path);
    }
    const body = {
      marketplace: 'amazon',
      orders: [feedOrder([{ gtin: freshGtin13(), title: 't', quantity: 1, unitPrice: 1 }])],
    };
    expect((await server.api('POST', '/api/v1/admin/orders/import', { json: body })).status).toBe(401);
    const viewer = await server.login('viewer');
    const forbidden = await server.api('POST', '/api/v1/admin/orders/import', {
      token: viewer.token,
      json: body,
    });
    expect(forbidden.status).toBe(403);
    expect(errorBodyOf(forbidden).message).toContain('orders.edit');
  });

  it('honours Idempotency-Key: the same key and body answers the first result', async () => {
    const token = await admin();
    const body = {
      marketplace: 'amazon',
      orders: [
        feedOrder([{ gtin: freshGtin13(), title: 't', quantity: 1, unitPrice: 1 }], {
          externalId: freshExternalId('IDEM'),
        }),
      ],
    };
    const headers = { 'idempotency-key': freshExternalId('key') };
    const first = await server.api('POST', '/api/v1/admin/orders/import', { token, json: body, headers });
    const second = await server.api('POST', '/api/v1/admin/orders/import', { token, json: body, headers });
    expect(second.body).toEqual(first.body);
    expect((first.body as { created: number }).created).toBe(1);
  });
});
