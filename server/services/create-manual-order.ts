import { z } from 'zod';
import type { Order } from '../../shared/schemas/order';
import type { StaffUser } from '../../shared/schemas/user';
import { checkoutInputSchema } from '../../shared/schemas/storefront';
import { withWriteTransaction } from '../db/write-scope';
import type { AppContext } from './app-context';
import { afterOrderWritten } from './after-order-written';
import { allocateOrderNumber } from './allocate-order-number';
import { quoteCheckout } from './checkout-quote';
import { customerIdsOf, refreshCustomerStats } from './customer-stats';
import { applyStockEffects } from './stock-effects';
import { buildStorefrontOrder } from './storefront-order';
import { storeOssFlags } from './storefront-store';
import { loadStore } from './invoicing/invoice-settings-store';

/** A manual (back-office) order: the checkout's shape without payment, plus internal notes and tags. */
export const manualOrderInputSchema = checkoutInputSchema.omit({ payment: true }).extend({
  notes: z.string().max(5000).default(''),
  tags: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
});
export type ManualOrderInput = z.output<typeof manualOrderInputSchema>;

/**
 * Creates an order on behalf of a customer (phone, e-mail, showroom): catalog prices, VAT by the
 * decision tree and stock reserved exactly as in checkout, in one transaction; it starts pending and
 * unpaid until a payment is recorded, and its timeline names the staff member who entered it.
 */
export async function createManualOrder(
  app: AppContext,
  user: StaffUser,
  input: ManualOrderInput,
): Promise<Order> {
  const store = await loadStore(app.db, user.storeId);
  const oss = await storeOssFlags(app.db, store.id, app.now());
  const checkoutShape = { ...input, payment: { provider: 'test' as const, token: 'manual' } };
  return withWriteTransaction(app.db, app.feed, store.id, async (scope) => {
    const quote = await quoteCheckout(scope.tx, store, checkoutShape, oss);
    const now = app.now().toISOString();
    await applyStockEffects(scope, [{ kind: 'stock.reserve', lines: quote.lines }], now);
    const number = await allocateOrderNumber(scope.tx, store.id);
    const built = buildStorefrontOrder({
      store,
      input: checkoutShape,
      quote,
      number,
      customerId: null,
      paid: false,
      now,
    });
    const [created] = built.events;
    const order: Order = {
      ...built,
      notes: input.notes,
      tags: [...new Set(input.tags)],
      events: created
        ? [{ ...created, userId: user.id, userName: user.name, message: `Created manually by ${user.name}` }]
        : [],
    };
    scope.putDoc('orders', order);
    scope.touch('orders');
    await refreshCustomerStats(scope, store.id, customerIdsOf([order]), now);
    await afterOrderWritten(scope, null, order, now);
    return order;
  });
}
