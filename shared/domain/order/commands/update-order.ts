import { z } from 'zod';
import { addressSchema, uuidSchema } from '../../../schemas/common';
import { DomainError } from '../../../errors';
import { buyerReferenceSchema } from '../../../schemas/customer';
import type { CustomerSnapshot } from '../../../schemas/customer';
import { defineOrderCommand } from '../define-order-command';
import { hasShippedAnything } from '../fulfillment';

export const updateOrderPayloadSchema = z
  .object({
    notes: z.string().max(5000).optional(),
    tags: z.array(z.string().trim().min(1).max(50)).max(50).optional(),
    shippingAddress: addressSchema.optional(),
    billingAddress: addressSchema.optional(),
    shippingMethodId: uuidSchema.nullable().optional(),
    /** BT-10 buyer reference (Leitweg-ID) for the order's e-invoices; null removes it. */
    buyerReference: buyerReferenceSchema.nullable().optional(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message: 'Nothing to change',
  });
export type UpdateOrderPayload = z.infer<typeof updateOrderPayloadSchema>;

/**
 * Edits notes, tags, addresses and shipping method; addresses and method only while nothing has
 * shipped. The shipping cost is kept: changing the method does not reprice a placed order.
 */
export const updateOrderCommand = defineOrderCommand({
  type: 'order.update',
  permission: 'orders.edit',
  payload: updateOrderPayloadSchema,
  apply(order, patch, ctx) {
    const logistics = (['shippingAddress', 'billingAddress', 'shippingMethodId'] as const).filter(
      (key) => patch[key] !== undefined,
    );
    if (logistics.length > 0 && (hasShippedAnything(order) || order.status === 'cancelled')) {
      throw new DomainError(
        'CONFLICT',
        `Cannot change ${logistics.join(', ')} of an order that is ${order.status}`,
        {
          details: { fields: logistics, status: order.status },
        },
      );
    }
    const changed = Object.entries(patch)
      .filter(([, value]) => value !== undefined)
      .map(([key]) => key);
    return {
      order: {
        ...order,
        ...(patch.notes === undefined ? {} : { notes: patch.notes }),
        ...(patch.tags === undefined ? {} : { tags: [...new Set(patch.tags)] }),
        ...(patch.shippingAddress === undefined ? {} : { shippingAddress: patch.shippingAddress }),
        ...(patch.billingAddress === undefined ? {} : { billingAddress: patch.billingAddress }),
        ...(patch.shippingMethodId === undefined ? {} : { shippingMethodId: patch.shippingMethodId }),
        ...(patch.buyerReference === undefined
          ? {}
          : { customer: withBuyerReference(order.customer, patch.buyerReference) }),
        updatedAt: ctx.now,
      },
      effects: [],
      event: {
        type: 'order_updated',
        message: `Order edited: ${changed.join(', ')}`,
        data: { fields: changed },
      },
    };
  },
});

function withBuyerReference(customer: CustomerSnapshot, buyerReference: string | null): CustomerSnapshot {
  const { buyerReference: _previous, ...rest } = customer;
  return buyerReference === null ? rest : { ...rest, buyerReference };
}
