import { z } from 'zod';
import { customerTypeSchema } from '../../../../shared/schemas/customer';
import {
  createManualOrderPayloadSchema,
  type CreateManualOrderPayload,
  type OrderPricingContext,
} from '../../../../shared/domain/order/manual/manual-order-schemas';
import { addDraftIssues } from '../orders/draft-issues';
import { addressDraftSchema } from '../orders/order-edit-schema';
import { createPayloadOf, type NewOrderDraft } from './new-order-form';

/** A problem the form words itself (`manualOrders:required.*`) before asking the shared schema. */
export type NewOrderRequirement = 'required.items' | 'required.method';

/** The draft field a shared-schema issue of `order.create_manual` is shown under. */
function placeOf(draft: NewOrderDraft, path: readonly PropertyKey[]): (string | number)[] | undefined | null {
  const [head, second, third] = path;
  if (head === 'customer' && typeof second === 'string') return ['customer', second];
  if (head === 'shippingAddress' && typeof second === 'string') return ['shippingAddress', second];
  if (head === 'billingAddress' && typeof second === 'string')
    return draft.billingSameAsShipping ? null : ['billingAddress', second];
  if (head === 'items' && typeof second === 'number')
    return ['lines', second, third === 'productId' ? 'productId' : 'quantity'];
  if (head === 'items') return draft.lines.length === 0 ? null : undefined;
  if (head === 'shippingMethodId') return draft.shippingMethodId === '' ? null : ['shippingMethodId'];
  if (head === 'notes') return ['notes'];
  return undefined;
}

/**
 * The new-order form's schema for the device's pricing context: the draft as typed, turned into the
 * `order.create_manual` payload and checked by the shared `createManualOrderPayloadSchema` (the one
 * the device and the server run). Issues land on the draft fields (item issues on their line);
 * no products and no shipping method get the form's own sentences.
 */
export function newOrderSchema(context: OrderPricingContext) {
  return z
    .object({
      customerId: z.string().nullable(),
      customer: z.object({
        name: z.string(),
        email: z.string(),
        type: customerTypeSchema,
        vatNumber: z.string(),
      }),
      shippingAddress: addressDraftSchema,
      billingAddress: addressDraftSchema,
      billingSameAsShipping: z.boolean(),
      shippingMethodId: z.string(),
      lines: z.array(z.object({ productId: z.string(), quantity: z.number() })),
      notes: z.string(),
    })
    .transform((draft, ctx): CreateManualOrderPayload => {
      const required = (path: string, message: NewOrderRequirement): void =>
        ctx.addIssue({ code: 'custom', path: [path], message });
      if (draft.lines.length === 0) required('root', 'required.items');
      if (draft.shippingMethodId === '') required('shippingMethodId', 'required.method');
      const parsed = createManualOrderPayloadSchema.safeParse(createPayloadOf(draft, context, false));
      if (parsed.success) return parsed.data;
      addDraftIssues(ctx, parsed.error.issues, (path) => placeOf(draft, path));
      return z.NEVER;
    });
}
