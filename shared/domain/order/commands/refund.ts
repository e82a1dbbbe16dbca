import { z } from 'zod';
import { uuidSchema } from '../../../schemas/common';
import type { Order, OrderItem, OrderRefund } from '../../../schemas/order';
import { DomainError } from '../../../errors';
import { formatMajorUnits } from '../../../money';
import { defineOrderCommand } from '../define-order-command';
import type { StockLine } from '../effects';
import { itemRefundValue, paidAmount, refundableAmount, refundedAmount } from '../refund-amounts';

/** The refund fields without the amount-or-items rule (REST extends them). */
export const refundFieldsSchema = z.object({
  /** Created on the device; also the payment provider's idempotency key. */
  refundId: uuidSchema,
  /** Gross minor units; defaults to the value of the refunded items. */
  amount: z.number().int().positive().optional(),
  items: z
    .array(z.object({ orderItemId: uuidSchema, quantity: z.number().int().positive() }))
    .max(500)
    .optional(),
  restock: z.boolean().default(false),
  reason: z.string().trim().min(1, 'A reason is required').max(500),
});

/** A refund must name an amount or at least one item. */
export function refundHasSubject(refund: {
  amount?: number | undefined;
  items?: readonly unknown[] | undefined;
}): boolean {
  return refund.amount !== undefined || (refund.items?.length ?? 0) > 0;
}
export const noRefundSubject = { message: 'Refund an amount or at least one item', path: ['amount'] };

export const refundPayloadSchema = refundFieldsSchema.refine(refundHasSubject, noRefundSubject);
export type RefundPayload = z.infer<typeof refundPayloadSchema>;

function refundedItems(
  order: Order,
  lines: NonNullable<RefundPayload['items']>,
): { items: OrderItem[]; value: number } {
  const items = [...order.items];
  let value = 0;
  lines.forEach((line, lineIndex) => {
    const index = items.findIndex((item) => item.id === line.orderItemId);
    const item = items[index];
    if (!item)
      throw new DomainError('BAD_INPUT', 'Unknown order item', {
        issues: [{ path: `items.${lineIndex}.orderItemId`, message: 'Not an item of this order' }],
      });
    const refundable = item.quantity - item.quantityRefunded;
    if (line.quantity > refundable) {
      throw new DomainError(
        'BUSINESS_RULE',
        `Only ${refundable} of ${item.product.name} can still be refunded`,
        {
          details: { rule: 'over_refund', orderItemId: item.id, refundable, requested: line.quantity },
          issues: [{ path: `items.${lineIndex}.quantity`, message: `At most ${refundable}` }],
        },
      );
    }
    value += itemRefundValue(item, line.quantity);
    items[index] = { ...item, quantityRefunded: item.quantityRefunded + line.quantity };
  });
  return { items, value };
}

/** Units to put back on the shelf: only shipped units not refunded before (unshipped ones never left). */
function restockLines(order: Order, lines: NonNullable<RefundPayload['items']>): StockLine[] {
  return lines.flatMap((line) => {
    const item = order.items.find((candidate) => candidate.id === line.orderItemId);
    if (!item?.productId) return [];
    const quantity = Math.min(line.quantity, Math.max(0, item.quantityShipped - item.quantityRefunded));
    return quantity > 0 ? [{ productId: item.productId, quantity }] : [];
  });
}

/**
 * Refunds part or all of what was paid, by items and/or amount, never more than paid minus refunded.
 * The server pays it back through the payment provider; a credit note is to be issued (invoicing).
 */
export const refundCommand = defineOrderCommand({
  type: 'order.refund',
  permission: 'orders.refund',
  payload: refundPayloadSchema,
  apply(order, payload, ctx) {
    if ((order.refunds ?? []).some((refund) => refund.id === payload.refundId)) {
      throw new DomainError('CONFLICT', 'This refund was already recorded', {
        details: { refundId: payload.refundId },
      });
    }
    if (paidAmount(order) === 0) {
      throw new DomainError(
        'BUSINESS_RULE',
        `Nothing has been paid for this order (payment ${order.paymentStatus})`,
        {
          details: { rule: 'not_paid', paymentStatus: order.paymentStatus },
        },
      );
    }
    const lines = payload.items ?? [];
    const { items, value } = refundedItems(order, lines);
    const amount = payload.amount ?? value;
    const refundable = refundableAmount(order);
    if (amount > refundable) {
      throw new DomainError('BUSINESS_RULE', `At most ${refundable} can still be refunded`, {
        details: {
          rule: 'over_refund',
          refundable,
          requested: amount,
          paid: paidAmount(order),
          refunded: refundedAmount(order),
        },
        issues: [{ path: 'amount', message: `At most ${refundable}` }],
      });
    }
    const refund: OrderRefund = {
      id: payload.refundId,
      amount,
      items: lines,
      restock: payload.restock,
      reason: payload.reason,
      providerReference: null,
      createdAt: ctx.now,
    };
    const paymentStatus = amount === refundable ? 'refunded' : 'partially_refunded';
    const restock = payload.restock ? restockLines(order, lines) : [];
    return {
      order: {
        ...order,
        items,
        refunds: [...(order.refunds ?? []), refund],
        paymentStatus,
        updatedAt: ctx.now,
      },
      effects: restock.length > 0 ? [{ kind: 'stock.restock', lines: restock }] : [],
      event: {
        type: 'refunded',
        message: `Refunded ${formatMajorUnits(amount, order.currency)} ${order.currency}: ${payload.reason} (credit note to be issued)`,
        data: {
          refundId: refund.id,
          amount,
          items: lines,
          restock: payload.restock,
          reason: payload.reason,
          creditNoteRequired: true,
        },
      },
    };
  },
});
