import { z } from 'zod';
import type { Order } from '../../shared/schemas/order';
import type { StaffUser } from '../../shared/schemas/user';
import { uuidSchema } from '../../shared/schemas/common';
import { checkoutInputSchema } from '../../shared/schemas/storefront';
import { newId } from '../../shared/ids';
import { createManualOrderType } from '../../shared/domain/order/manual/build-manual-order';
import type { AppContext } from './app-context';
import { getOrder } from './orders-query';
import { runStaffCommand } from './run-staff-command';

/** A manual (back-office) order: the checkout's shape without payment, plus internal notes, tags, draft. */
export const manualOrderInputSchema = checkoutInputSchema.omit({ payment: true }).extend({
  notes: z.string().max(5000).default(''),
  tags: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
  /** A draft has no order number and reserves no stock until `POST /orders/{id}/confirm`. */
  draft: z.boolean().default(false),
  /** The existing customer the order is for (null: a new or guest buyer). */
  customerId: uuidSchema.nullable().default(null),
});
export type ManualOrderInput = z.output<typeof manualOrderInputSchema>;

/**
 * Creates an order on behalf of a customer (phone, e-mail, showroom) through the same command a
 * workstation sends (`order.create_manual`): catalog prices, VAT by the decision tree and stock
 * reserved as in checkout, in one transaction; pending and unpaid until a payment is recorded.
 */
export async function createManualOrder(
  app: AppContext,
  user: StaffUser,
  input: ManualOrderInput,
): Promise<Order> {
  const orderId = newId();
  // the server replaces the pricing context with its own data; this one only satisfies the shape
  const context = { seller: null, products: [], shippingMethod: null, number: null, invoiced: false };
  await runStaffCommand(app, user, {
    type: createManualOrderType,
    targetId: orderId,
    payload: { ...input, context },
  });
  return getOrder(app.db, user.storeId, orderId);
}
