import { z } from 'zod';
import type { Order } from '../../../../shared/schemas/order';
import {
  editOrderItemsPayloadSchema,
  type EditOrderItemsPayload,
  type OrderPricingContext,
} from '../../../../shared/domain/order/manual/manual-order-schemas';
import { addDraftIssues } from '../orders/draft-issues';
import { editPayloadOf, unchanged, type ItemLine } from './edit-items-form';

/** The item editor's state: the lines as they stand. */
export interface ItemsDraft {
  lines: ItemLine[];
}

const lineDraftSchema = z.union([
  z.object({ key: z.string(), quantity: z.number(), itemId: z.string(), productId: z.string().nullable() }),
  z.object({ key: z.string(), quantity: z.number(), itemId: z.null(), productId: z.string() }),
]);

/**
 * The item editor's schema for one order and the device's pricing context: the lines turned into
 * the `order.edit_items` payload and checked by the shared `editOrderItemsPayloadSchema`. An issue
 * of item N lands on line N's quantity; an unchanged list on `root` with the message `nothingChanged`.
 */
export function editItemsSchema(order: Order, context: OrderPricingContext) {
  return z.object({ lines: z.array(lineDraftSchema) }).transform((draft, ctx): EditOrderItemsPayload => {
    if (unchanged(order, draft.lines)) {
      ctx.addIssue({ code: 'custom', path: ['root'], message: 'nothingChanged' });
      return z.NEVER;
    }
    const parsed = editOrderItemsPayloadSchema.safeParse(editPayloadOf(draft.lines, context));
    if (parsed.success) return parsed.data;
    addDraftIssues(ctx, parsed.error.issues, ([head, index]) =>
      head === 'items' && typeof index === 'number' ? ['lines', index, 'quantity'] : undefined,
    );
    return z.NEVER;
  });
}
