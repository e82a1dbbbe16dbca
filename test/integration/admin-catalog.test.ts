import { expect, it } from 'vitest';
import { z } from 'zod';
import { productSchema, type Product } from '../../shared/schemas/product';
import { productPageSchema, stockAdjustmentSchema } from '../../shared/schemas/product-admin';
import { describeBackends, errorBodyOf, type TestServer } from '../factories/test-server';
import { pullProducts } from '../factories/orders';

const adjustmentPageSchema = z.object({
  items: z.array(stockAdjustmentSchema),
  nextCursor: z.string().nullable(),
});

async function productPage(
  server: TestServer,
  token: string,
  query: string,
): Promise<z.infer<typeof productPageSchema>> {
  const response = await server.api('GET', `/api/v1/admin/products${query}`, { token });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return productPageSchema.parse(response.body);
}

async function storedProduct(server: TestServer, id: string): Promise<{ data: Product; version: number }> {
  const rows = await server.app.db.query<{ data: Product | string; version: number }>(
    `SELECT data, version FROM docs WHERE collection = 'products' AND id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) throw new Error(`no product ${id}`);
  return {
    data: typeof row.data === 'string' ? (JSON.parse(row.data) as Product) : row.data,
    version: row.version,
  };
}

describeBackends('admin catalog', (server) => {
  it('lists products by name with cursor paging, and finds them by name, SKU and GTIN', async () => {
    const { token } = await server.login('admin');
    const seen: Product[] = [];
    let cursor: string | null = null;
    do {
      const page = await productPage(server, token, `?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const all = await pullProducts(server.trpc(token));
    expect(seen.map((p) => p.id).sort()).toEqual([...all.keys()].sort());
    const names = seen.map((p) => p.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const sample = seen.find((p) => p.gtin !== undefined) ?? seen[0];
    if (!sample?.gtin) throw new Error('the demo catalog has GTINs');
    const byGtin = await productPage(server, token, `?q=${sample.gtin.replace(/^0+/, '')}`);
    expect(byGtin.items.map((p) => p.id)).toEqual([sample.id]);
    const bySku = await productPage(server, token, `?q=${encodeURIComponent(sample.sku.toLowerCase())}`);
    expect(bySku.items.map((p) => p.id)).toContain(sample.id);
    const byName = await productPage(server, token, `?q=${encodeURIComponent(sample.name.slice(1, 6))}`);
    expect(byName.items.map((p) => p.id)).toContain(sample.id);
    expect((await productPage(server, token, '?q=%25%25no-such-thing')).items).toEqual([]);
  });

  it('changes price, VAT category and name, and replicates the new version to devices', async () => {
    const { token } = await server.login('admin');
    const [product] = (await productPage(server, token, '?limit=1')).items;
    if (!product) throw new Error('no product');
    const response = await server.api('PATCH', `/api/v1/admin/products/${product.id}`, {
      token,
      json: { name: `${product.name} (new)`, priceNet: product.priceNet + 100, vatCategory: 'reduced' },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const updated = productSchema.parse(response.body);
    expect(updated).toMatchObject({
      name: `${product.name} (new)`,
      priceNet: product.priceNet + 100,
      vatCategory: 'reduced',
      version: product.version + 1,
      stock: product.stock,
    });
    const replicated = (await pullProducts(server.trpc(token))).get(product.id);
    expect(replicated).toMatchObject({ priceNet: product.priceNet + 100, version: product.version + 1 });
    const stale = await server.api('PATCH', `/api/v1/admin/products/${product.id}`, {
      token,
      json: { priceNet: 1, expectedVersion: product.version },
    });
    expect(stale.status).toBe(409);
    expect(errorBodyOf(stale).code).toBe('VERSION_CONFLICT');
  });

  it('adjusts stock only with a reason and records every adjustment', async () => {
    const { token, user } = await server.login('admin');
    const [, product] = (await productPage(server, token, '?limit=2')).items;
    if (!product) throw new Error('no product');
    const noReason = await server.api('PATCH', `/api/v1/admin/products/${product.id}`, {
      token,
      json: { stockAdjustment: { delta: 5 } },
    });
    expect(noReason.status).toBe(400);
    expect(errorBodyOf(noReason).issues?.map((issue) => issue.path)).toContain('stockAdjustment.reason');

    const added = await server.api('PATCH', `/api/v1/admin/products/${product.id}`, {
      token,
      json: { stockAdjustment: { delta: 5, reason: 'Delivery from supplier' } },
    });
    expect(added.status).toBe(200);
    expect(productSchema.parse(added.body).stock).toEqual({
      onHand: product.stock.onHand + 5,
      reserved: product.stock.reserved,
      available: product.stock.available + 5,
    });
    const counted = await server.api('PATCH', `/api/v1/admin/products/${product.id}`, {
      token,
      json: { stockAdjustment: { onHand: product.stock.onHand + 2, reason: 'Stock take' } },
    });
    expect(productSchema.parse(counted.body).stock.onHand).toBe(product.stock.onHand + 2);
    const history = adjustmentPageSchema.parse(
      (await server.api('GET', `/api/v1/admin/products/${product.id}/stock-adjustments`, { token })).body,
    );
    expect(
      history.items.map(({ delta, onHandBefore, onHandAfter, reason, userId }) => ({
        delta,
        onHandBefore,
        onHandAfter,
        reason,
        userId,
      })),
    ).toEqual([
      {
        delta: -3,
        onHandBefore: product.stock.onHand + 5,
        onHandAfter: product.stock.onHand + 2,
        reason: 'Stock take',
        userId: user.id,
      },
      {
        delta: 5,
        onHandBefore: product.stock.onHand,
        onHandAfter: product.stock.onHand + 5,
        reason: 'Delivery from supplier',
        userId: user.id,
      },
    ]);
    const belowZero = await server.api('PATCH', `/api/v1/admin/products/${product.id}`, {
      token,
      json: { stockAdjustment: { delta: -(product.stock.onHand + 3), reason: 'Breakage' } },
    });
    expect(belowZero.status).toBe(422);
  });

  it('refuses non-admins, bad input and unknown products, writing nothing', async () => {
    const admin = await server.login('admin');
    const manager = await server.login('manager');
    const [product] = (await productPage(server, admin.token, '?limit=1')).items;
    if (!product) throw new Error('no product');
    const before = await storedProduct(server, product.id);
    const adjustmentsBefore = await server.app.db.query('SELECT id FROM stock_adjustments');
    expect((await server.api('GET', '/api/v1/admin/products', { token: manager.token })).status).toBe(403);
    expect((await server.api('GET', '/api/v1/admin/products')).status).toBe(401);
    const forbidden = await server.api('PATCH', `/api/v1/admin/products/${product.id}`, {
      token: manager.token,
      json: { priceNet: 1 },
    });
    expect(forbidden.status).toBe(403);
    const bad = [
      { priceNet: -1 },
      { priceNet: 1.5 },
      { vatCategory: 'luxury' },
      { name: '' },
      {},
      { stockAdjustment: { delta: 0, reason: 'nothing' } },
      { stockAdjustment: { delta: 1, onHand: 3, reason: 'both' } },
      { priceNet: 5, stockAdjustment: { delta: 1, reason: ' ' } },
    ];
    for (const json of bad) {
      const response = await server.api('PATCH', `/api/v1/admin/products/${product.id}`, {
        token: admin.token,
        json,
      });
      expect(response.status, JSON.stringify(json)).toBe(400);
      expect(errorBodyOf(response).code).toBe('BAD_INPUT');
    }
    expect((await server.api('GET', '/api/v1/admin/products?limit=501', { token: admin.token })).status).toBe(
      400,
    );
    expect(
      (await server.api('GET', '/api/v1/admin/products?cursor=nonsense', { token: admin.token })).status,
    ).toBe(400);
    const missing = await server.api('PATCH', '/api/v1/admin/products/0190a0a0-0000-7000-8000-000000000000', {
      token: admin.token,
      json: { priceNet: 1 },
    });
    expect(missing.status).toBe(404);
    const [other] = (
      await productPage(
        server,
        admin.token,
        '?limit=1&cursor=' + ((await productPage(server, admin.token, '?limit=1')).nextCursor ?? ''),
      )
    ).items;
    const clash = await server.api('PATCH', `/api/v1/admin/products/${product.id}`, {
      token: admin.token,
      json: { sku: other?.sku, priceNet: 1 },
    });
    expect(clash.status).toBe(409);
    expect(await storedProduct(server, product.id)).toEqual(before);
    expect(await server.app.db.query('SELECT id FROM stock_adjustments')).toEqual(adjustmentsBefore);
  });
});
