import { z } from 'zod';
import type { Order } from '../../../../shared/schemas/order';
import { updateOrderCommand } from '../../../../shared/domain/order/commands/update-order';
import { addTagsCommand, removeTagsCommand } from '../../../../shared/domain/order/commands/edit-tags-notes';
import { addDraftIssues } from './draft-issues';
import { planOrderEdit, type EditSummary, type PlannedEditCommand } from './order-edit-form';

/** An address as typed: every field a string (the shared `addressSchema` checks them on save). */
export const addressDraftSchema = z.object({
  name: z.string(),
  company: z.string(),
  line1: z.string(),
  line2: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
});

const payloadSchemas = {
  'order.update': updateOrderCommand.payload,
  'order.add_tags': addTagsCommand.payload,
  'order.remove_tags': removeTagsCommand.payload,
} satisfies Record<PlannedEditCommand['type'], z.ZodType>;

/** The draft field an issue of a planned command's payload is shown under. */
function placeOf(
  type: PlannedEditCommand['type'],
  path: readonly PropertyKey[],
): (string | number)[] | undefined {
  const [head, second] = path;
  if (type !== 'order.update' || head === 'tags') return ['tags'];
  if ((head === 'shippingAddress' || head === 'billingAddress') && typeof second === 'string')
    return [head, second];
  if (head === 'notes' || head === 'buyerReference' || head === 'shippingMethodId') return [head];
  return undefined;
}

/**
 * The edit form's schema for one order: the draft as typed, planned into the commands that turn
 * the order into it, each payload checked by the shared command's own schema (the one the device and
 * the server run). Issues land on the draft fields they concern; an edit that changes nothing on
 * `root` with the message `nothing`.
 */
export function orderEditSchema(order: Order, summarize?: EditSummary) {
  return z
    .object({
      notes: z.string(),
      tags: z.array(z.string()),
      shippingAddress: addressDraftSchema,
      billingAddress: addressDraftSchema,
      shippingMethodId: z.string(),
      buyerReference: z.string(),
    })
    .transform((draft, ctx): PlannedEditCommand[] => {
      const planned = planOrderEdit(order, draft, summarize);
      if (planned.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['root'], message: 'nothing' });
        return z.NEVER;
      }
      const checked: PlannedEditCommand[] = [];
      for (const command of planned) {
        const parsed = payloadSchemas[command.type].safeParse(command.payload);
        if (parsed.success) checked.push({ ...command, payload: parsed.data });
        else addDraftIssues(ctx, parsed.error.issues, (path) => placeOf(command.type, path));
      }
      return checked.length === planned.length ? checked : z.NEVER;
    });
}
