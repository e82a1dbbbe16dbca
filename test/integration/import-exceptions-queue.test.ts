import { expect, it } from 'vitest';
import type { Product } from '../../shared/schemas/product';
import { orderItemExceptionSchema, type OrderItemException } from '../../shared/schemas/order-exception';
import { describeBackends, errorBodyOf, type TestServer } from '../factories/test-server';
import { buildCommand, fetchOrder, pullProducts, push } from '../factories/orders';
import {
  feedOrder,
  fetchException,
  freshGtin13,
  importFeed,
  listExceptions,
} from '../factories/marketplace-feeds';

const usedProducts = new Set<string>();
async function stockedProduct(server: TestServer): Promise<Product> {
  const { token } = await server.login('admin');
  const products = await pullProducts(server.trpc(token));
  const found = [...products.values()].find((p) => p.stock.available >= 20 && !usedProducts.has(p.id));
  if (!found) throw new Error('no stocked demo product');
  usedProducts.add(found.id);
  return found;
}

/** Imports one order per entry of `gtins` (each one unmatched item) and returns the open exceptions. */
async function openExceptions(
  server: TestServer,
  gtins: string[],
  marketplace = 'amazon',
): Promise<OrderItemException[]> {
  const { token } = await server.login('admin');
  const result = await importFeed(
    server,
    token,
    marketplace,
    gtins.map((gtin) =>
      feedOrder([{ gtin, title: `Item ${gtin}`, quantity: 2, unitPrice: 750, vatRate: 19 }]),
    ),
  );
  const ids = result.results.flatMap((r) => r.exceptions?.map((e) => e.id) ?? []);
  return Promise.all(ids.map((id) => fetchException(server, token, id)));
}

describeBackends('order exceptions', (server) => {
  const admin = async (): Promise<string> => (await server.login('admin')).token;

  it('lists with status, GTIN (any spelling) and marketplace filters, counts by status and cursor paging', async () => {
    const token = await admin();
    const gtin = freshGtin13();
    const created = await openExceptions(server, [gtin, gtin, gtin]);
    await openExceptions(server, [gtin], 'ebay');
    const byGtin = await listExceptions(server, token, { gtin: `0${gtin}` });
    expect(byGtin.items).toHaveLength(4);
    expect(byGtin.counts).toEqual({ open: 4, resolved: 0, ignored: 0 });
    const amazon = await listExceptions(server, token, { gtin, marketplace: 'amazon', status: 'open' });
    expect(amazon.items.map((e) => e.id)).toEqual(created.map((e) => e.id));

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await listExceptions(server, token, { gtin, limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(byGtin.items.map((e) => e.id));
    expect((await listExceptions(server, token, { gtin, status: 'resolved' })).items).toEqual([]);

    for (const [query, path] of [
      ['gtin=12345', 'gtin'],
      ['status=lost', 'status'],
      ['limit=501', 'limit'],
      ['cursor=zzz', 'cursor'],
    ] as const) {
      const response = await server.api('GET', `/api/v1/admin/order-exceptions?${query}`, { token });
      expect(response.status, query).toBe(400);
      expect(errorBodyOf(response).issues?.map((i) => i.path)).toContain(path);
    }
    expect((await server.api('GET', '/api/v1/admin/order-exceptions')).status).toBe(401);
  });

  it('gets one exception; unknown is 404, malformed 400', async () => {
    const token = await admin();
    const [exception] = await openExceptions(server, [freshGtin13()]);
    const viewer = await server.login('viewer');
    expect(await fetchException(server, viewer.token, exception?.id ?? '')).toEqual(exception);
    const missing = await server.api(
      'GET',
      '/api/v1/admin/order-exceptions/00000000-0000-4000-8000-000000000000',
      { token },
    );
    expect(missing.status).toBe(404);
    expect((await server.api('GET', '/api/v1/admin/order-exceptions/nope', { token })).status).toBe(400);
  });

  it('resolves: the item takes the product, stock is reserved, the order has no open exception; again is 409', async () => {
    const { token, user } = await server.login('manager');
    const product = await stockedProduct(server);
    const [exception] = await openExceptions(server, [freshGtin13()]);
    if (!exception) throw new Error('no exception');
    const before = await fetchOrder(server, token, exception.orderId);
    const response = await server.api('POST', `/api/v1/admin/order-exceptions/${exception.id}/resolve`, {
      token,
      json: { productId: product.id, remember: false, note: 'Same mug' },
    });
    expect(response.status).toBe(200);
    const resolved = orderItemExceptionSchema.parse(response.body);
    expect(resolved).toMatchObject({
      status: 'resolved',
      version: exception.version + 1,
      resolution: { kind: 'manual', productId: product.id, by: user.id, note: 'Same mug', remembered: false },
    });
    const order = await fetchOrder(server, token, exception.orderId);
    expect(order).toMatchObject({ openExceptionCount: 0, version: before.version + 1 });
    expect(order.items[0]).toMatchObject({
      productId: product.id,
      product: { name: product.name, sku: product.sku, unitPriceNet: 750 },
    });
    expect(order.events.at(-1)).toMatchObject({
      type: 'exception_resolved',
      userId: user.id,
      deviceId: 'rest-api',
    });
    expect((await pullProducts(server.trpc(token))).get(product.id)?.stock.reserved).toBe(
      product.stock.reserved + 2,
    );

    const again = await server.api('POST', `/api/v1/admin/order-exceptions/${exception.id}/resolve`, {
      token,
      json: { productId: product.id, remember: false },
    });
    expect(again.status).toBe(409);
    expect(errorBodyOf(again).code).toBe('CONFLICT');
  });

  it('resolve refuses an unknown product (404), a bad body (400), an unknown exception (404) and a viewer (403)', async () => {
    const token = await admin();
    const [exception] = await openExceptions(server, [freshGtin13()]);
    const path = `/api/v1/admin/order-exceptions/${exception?.id ?? ''}/resolve`;
    const unknown = await server.api('POST', path, {
      token,
      json: { productId: '00000000-0000-4000-8000-000000000000', remember: false },
    });
    expect(unknown.status).toBe(404);
    const bad = await server.api('POST', path, { token, json: { productId: 'nope', remember: 'yes' } });
    expect(bad.status).toBe(400);
    expect(
      errorBodyOf(bad)
        .issues?.map((i) => i.path)
        .sort(),
    ).toEqual(['productId', 'remember']);
    const product = await stockedProduct(server);
    const missing = await server.api(
      'POST',
      '/api/v1/admin/order-exceptions/00000000-0000-4000-8000-000000000000/resolve',
      { token, json: { productId: product.id, remember: false } },
    );
    expect(missing.status).toBe(404);
    const viewer = await server.login('viewer');
    const forbidden = await server.api('POST', path, {
      token: viewer.token,
      json: { productId: product.id, remember: false },
    });
    expect(forbidden.status).toBe(403);
    expect((await fetchException(server, token, exception?.id ?? '')).status).toBe('open');
  });

  it('remembers the mapping for that marketplace: the next import matches, another marketplace does not', async () => {
    const token = await admin();
    const product = await stockedProduct(server);
    const gtin = freshGtin13();
    const [exception] = await openExceptions(server, [gtin], 'kaufland');
    const response = await server.api(
      'POST',
      `/api/v1/admin/order-exceptions/${exception?.id ?? ''}/resolve`,
      { token, json: { productId: product.id, remember: true } },
    );
    expect(response.status).toBe(200);
    const next = await importFeed(server, token, 'kaufland', [
      feedOrder([{ gtin, title: 'Again', quantity: 1, unitPrice: 100 }]),
    ]);
    expect(next.results[0]?.exceptions).toEqual([]);
    expect((await fetchOrder(server, token, next.results[0]?.orderId ?? '')).items[0]?.productId).toBe(
      product.id,
    );
    const elsewhere = await importFeed(server, token, 'otto', [
      feedOrder([{ gtin, title: 'Again', quantity: 1, unitPrice: 100 }]),
    ]);
    expect(elsewhere.results[0]?.exceptions).toHaveLength(1);
  });

  it('ignores with a reason: the item leaves fulfilment; an empty reason is 400, again 409', async () => {
    const token = await admin();
    const [exception] = await openExceptions(server, [freshGtin13()]);
    const path = `/api/v1/admin/order-exceptions/${exception?.id ?? ''}/ignore`;
    const empty = await server.api('POST', path, { token, json: { reason: '  ' } });
    expect(empty.status).toBe(400);
    expect(errorBodyOf(empty).issues?.map((i) => i.path)).toEqual(['reason']);
    const response = await server.api('POST', path, { token, json: { reason: 'Not sold by us' } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ignored', resolution: { reason: 'Not sold by us' } });
    const order = await fetchOrder(server, token, exception?.orderId ?? '');
    expect(order.openExceptionCount).toBe(0);
    expect(order.items[0]).toMatchObject({ quantityCancelled: 2, productId: null });
    expect((await server.api('POST', path, { token, json: { reason: 'again' } })).status).toBe(409);
  });

  it('bulk-resolves every open exception with a GTIN across orders; unknown GTIN 404, invalid 400, nothing left 409', async () => {
    const token = await admin();
    const product = await stockedProduct(server);
    const gtin = freshGtin13();
    const exceptions = await openExceptions(server, [gtin, gtin]);
    const response = await server.api('POST', '/api/v1/admin/order-exceptions/bulk-resolve', {
      token,
      json: { gtin, productId: product.id, remember: false },
    });
    expect(response.status).toBe(200);
    const body = response.body as { resolved: OrderItemException[]; stillOpen: OrderItemException[] };
    expect(body.resolved.map((e) => e.id).sort()).toEqual(exceptions.map((e) => e.id).sort());
    expect(body.resolved.every((e) => e.resolution?.kind === 'bulk')).toBe(true);
    expect(body.stillOpen).toEqual([]);
    for (const exception of exceptions)
      expect((await fetchOrder(server, token, exception.orderId)).openExceptionCount).toBe(0);
    expect((await pullProducts(server.trpc(token))).get(product.id)?.stock.reserved).toBe(
      product.stock.reserved + 4,
    );

    const again = await server.api('POST', '/api/v1/admin/order-exceptions/bulk-resolve', {
      token,
      json: { gtin, productId: product.id, remember: false },
    });
    expect(again.status).toBe(409);
    const unknown = await server.api('POST', '/api/v1/admin/order-exceptions/bulk-resolve', {
      token,
      json: { gtin: freshGtin13(), productId: product.id, remember: false },
    });
    expect(unknown.status).toBe(404);
    const invalid = await server.api('POST', '/api/v1/admin/order-exceptions/bulk-resolve', {
      token,
      json: { gtin: '1234567', productId: product.id, remember: false },
    });
    expect(invalid.status).toBe(400);
    expect(errorBodyOf(invalid).issues?.map((i) => i.path)).toEqual(['gtin']);
  });

  it('auto-resolves open exceptions when a product with the GTIN is added (kind automatic, same transaction)', async () => {
    const token = await admin();
    const gtin = freshGtin13();
    const exceptions = await openExceptions(server, [gtin, gtin]);
    const sku = `AUTO-${gtin}`;
    const response = await server.api('POST', '/api/v1/admin/products', {
      token,
      json: { gtin, sku, name: 'Auto product', priceNet: 1000, vatCategory: 'standard', stock: 10 },
    });
    expect(response.status).toBe(201);
    const body = response.body as { product: Product; autoResolved: OrderItemException[] };
    expect(body.product).toMatchObject({
      gtin: `0${gtin}`,
      sku,
      stock: { onHand: 10, reserved: 4, available: 6 },
    });
    expect(body.autoResolved.map((e) => e.id).sort()).toEqual(exceptions.map((e) => e.id).sort());
    for (const exception of exceptions) {
      const after = await fetchException(server, token, exception.id);
      expect(after.status).toBe('resolved');
      expect(after.resolution).toMatchObject({ kind: 'automatic', productId: body.product.id });
      expect(after.resolution?.by).toBeUndefined();
      const order = await fetchOrder(server, token, exception.orderId);
      expect(order.openExceptionCount).toBe(0);
      expect(order.events.at(-1)).toMatchObject({ type: 'exception_resolved', userId: null });
    }
    const duplicate = await server.api('POST', '/api/v1/admin/products', {
      token,
      json: { sku, name: 'Dup', priceNet: 1, vatCategory: 'standard', stock: 0 },
    });
    expect(duplicate.status).toBe(409);
    const badGtin = await server.api('POST', '/api/v1/admin/products', {
      token,
      json: { gtin: '123', sku: 'X-BAD', name: 'Bad', priceNet: 1, vatCategory: 'standard' },
    });
    expect(badGtin.status).toBe(400);
    const manager = await server.login('manager');
    expect(
      (
        await server.api('POST', '/api/v1/admin/products', {
          token: manager.token,
          json: { sku: 'X-MGR', name: 'M', priceNet: 1, vatCategory: 'standard' },
        })
      ).status,
    ).toBe(403);
  });

  it('auto-resolve stops where the new stock ends; the rest stay open', async () => {
    const token = await admin();
    const gtin = freshGtin13();
    const [first, second] = await openExceptions(server, [gtin, gtin]);
    const response = await server.api('POST', '/api/v1/admin/products', {
      token,
      json: {
        gtin,
        sku: `LOW-${gtin}`,
        name: 'Low stock',
        priceNet: 1000,
        vatCategory: 'standard',
        stock: 3,
      },
    });
    expect(response.status).toBe(201);
    expect((response.body as { autoResolved: OrderItemException[] }).autoResolved.map((e) => e.id)).toEqual([
      first?.id,
    ]);
    expect((await fetchException(server, token, second?.id ?? '')).status).toBe('open');
  });

  it('sync push applies exception commands once per command id and rejects without permission', async () => {
    const { token, user } = await server.login('manager');
    const product = await stockedProduct(server);
    const [exception] = await openExceptions(server, [freshGtin13()]);
    const command = buildCommand(user, 'exception.resolve', exception?.id ?? '', {
      productId: product.id,
      remember: false,
    });
    const client = server.trpc(token);
    const [first] = await push(client, [command]);
    const [second] = await push(client, [command]);
    expect(first).toEqual({ commandId: command.id, status: 'applied', version: 1 });
    expect(second).toEqual(first);
    expect((await pullProducts(client)).get(product.id)?.stock.reserved).toBe(product.stock.reserved + 2);

    const viewer = await server.login('viewer');
    const [other] = await openExceptions(server, [freshGtin13()]);
    const [rejected] = await push(server.trpc(viewer.token), [
      buildCommand(viewer.user, 'exception.ignore', other?.id ?? '', { reason: 'x' }),
    ]);
    expect(rejected).toMatchObject({ status: 'rejected', error: { code: 'FORBIDDEN' } });
    const [unknownType] = await push(client, [buildCommand(user, 'exception.explode', other?.id ?? '', {})]);
    expect(unknownType).toMatchObject({ status: 'rejected', error: { code: 'BAD_INPUT' } });
  });
  it('refuses to ship or invoice an order with open exceptions (422, clear reason); after resolving it ships', async () => {
    const token = await admin();
    const product = await stockedProduct(server);
    const [exception] = await openExceptions(server, [freshGtin13()]);
    if (!exception) throw new Error('no exception');
    const order = await fetchOrder(server, token, exception.orderId);
    const shipment = {
      carrier: 'DHL',
      trackingNumber: `TRK-${exception.id.slice(-8)}`,
      items: order.items.map((i) => ({ orderItemId: i.id, quantity: i.quantity })),
    };
    const refused = await server.api('POST', `/api/v1/admin/orders/${order.id}/shipments`, {
      token,
      json: shipment,
    });
    expect(refused.status).toBe(422);
    expect(errorBodyOf(refused)).toMatchObject({
      code: 'BUSINESS_RULE',
      message: `Order #${order.number} has 1 unresolved marketplace item; resolve them in the exception queue before shipping`,
    });
    const invoice = await server.api('POST', `/api/v1/admin/orders/${order.id}/invoices`, {
      token,
      json: {},
    });
    expect(invoice.status).toBe(422);
    expect(errorBodyOf(invoice).message).toContain('unresolved item exception');

    const resolved = await server.api('POST', `/api/v1/admin/order-exceptions/${exception.id}/resolve`, {
      token,
      json: { productId: product.id, remember: false },
    });
    expect(resolved.status).toBe(200);
    const shipped = await server.api('POST', `/api/v1/admin/orders/${order.id}/shipments`, {
      token,
      json: shipment,
    });
    expect(shipped.status).toBe(201);
    expect(shipped.body).toMatchObject({ status: 'shipped', openExceptionCount: 0 });
  });
});
