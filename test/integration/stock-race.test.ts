import { expect, it } from 'vitest';
import type { Product } from '../../shared/schemas/product';
import { newId } from '../../shared/ids';
import { getDoc } from '../../server/db/doc-store';
import { withWriteTransaction } from '../../server/db/write-scope';
import { applyStockEffects } from '../../server/services/stock-effects';
import { isDomainError } from '../../shared/errors';
import { describeBackends } from '../factories/test-server';

describeBackends('stock: no oversell', (server) => {
  it('50 concurrent reservations for the last 5 units: exactly 5 succeed', async () => {
    const { app } = server;
    const template = (
      await app.db.query<{ data: Product | string }>(
        "SELECT data FROM docs WHERE collection = 'products' LIMIT 1",
      )
    )[0]?.data;
    if (template === undefined) throw new Error('no demo product');
    const base: Product = typeof template === 'string' ? (JSON.parse(template) as Product) : template;
    const product: Product = {
      ...base,
      id: newId(),
      sku: `RACE-${newId().slice(-6)}`,
      stock: { onHand: 5, reserved: 0, available: 5 },
      version: 1,
    };
    await withWriteTransaction(app.db, app.feed, product.storeId, (scope) => {
      scope.putDoc('products', product);
    });
    const now = new Date().toISOString();
    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        withWriteTransaction(app.db, app.feed, product.storeId, (scope) =>
          applyStockEffects(
            scope,
            [{ kind: 'stock.reserve', lines: [{ productId: product.id, quantity: 1 }] }],
            now,
          ),
        ),
      ),
    );
    const succeeded = attempts.filter((attempt) => attempt.status === 'fulfilled');
    const refused = attempts.flatMap((attempt) =>
      attempt.status === 'rejected' ? [attempt.reason as unknown] : [],
    );
    expect(succeeded).toHaveLength(5);
    expect(refused).toHaveLength(45);
    expect(refused.every((reason) => isDomainError(reason) && reason.code === 'BUSINESS_RULE')).toBe(true);
    const stored = await getDoc<Product>(app.db, 'products', product.id);
    expect(stored?.data.stock).toEqual({ onHand: 5, reserved: 5, available: 0 });
  });
});
