import { DomainError } from '../../../errors';
import { defineOrderCommand } from '../define-order-command';
import { assertStockAvailable, sumByProduct } from './catalog-lookup';
import { confirmDraftPayloadSchema } from './manual-order-schemas';

/** Places a draft: it takes its final number (from the server) and reserves its stock. */
export const confirmDraftCommand = defineOrderCommand({
  type: 'order.confirm_draft',
  permission: 'orders.edit',
  payload: confirmDraftPayloadSchema,
  apply(order, { context }, ctx) {
    if (order.draft !== true)
      throw new DomainError('CONFLICT', `Order ${order.number} is not a draft`, {
        details: { reason: 'not_draft' },
      });
    const reserve = sumByProduct(
      order.items.flatMap((item) =>
        item.productId ? [{ productId: item.productId, quantity: item.quantity }] : [],
      ),
    );
    assertStockAvailable(context.products, reserve);
    const { draft: _draft, ...placed } = order;
    return {
      order: { ...placed, number: context.number ?? order.number, createdAt: ctx.now, updatedAt: ctx.now },
      effects: reserve.length > 0 ? [{ kind: 'stock.reserve', lines: reserve }] : [],
      event: {
        type: 'draft_confirmed',
        message: `Draft confirmed as order ${context.number ?? order.number}`,
      },
    };
  },
});

/** Commands a draft accepts; anything else (ship, invoice, status, refund) waits until it is confirmed. */
export const draftCommandTypes: ReadonlySet<string> = new Set([
  'order.confirm_draft',
  'order.edit_items',
  'order.update',
  'order.add_tags',
  'order.remove_tags',
  'order.set_notes',
  'order.cancel',
]);
