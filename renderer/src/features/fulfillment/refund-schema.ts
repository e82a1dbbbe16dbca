import { z } from 'zod';
import type { Order } from '../../../../shared/schemas/order';
import { itemRefundValue, refundableAmount } from '../../../../shared/domain/order/refund-amounts';
import { parseMoneyInput } from '../../i18n/format';

/** The refund dialog's fields as typed. */
export interface RefundDraft {
  mode: 'items' | 'amount';
  /** Units to refund per order item id (missing = 0). */
  quantities: Record<string, number>;
  amountText: string;
  restock: boolean;
  reason: string;
}

/** Why a refund cannot be sent yet (sentence `fulfillment:refundDialog.<problem>`). */
export type RefundProblem = 'needItems' | 'needAmount' | 'amountInvalid' | 'amountTooHigh' | 'needReason';

/** What the dialog sends: the command's payload without its id, the amount shown, and table rows per line. */
export interface RefundRequest {
  mode: 'items' | 'amount';
  /** Gross minor units refunded (the typed amount or the items' value). */
  amount: number;
  items: { orderItemId: string; quantity: number }[];
  /** `rows[i]` is the table row (1-based) of payload line i. */
  rows: number[];
  restock: boolean;
  reason: string;
}

export const emptyRefundDraft: RefundDraft = {
  mode: 'items',
  quantities: {},
  amountText: '',
  restock: true,
  reason: '',
};

/** The amount a draft would refund: typed, or the value of the chosen units (undefined if unreadable). */
export function refundDraftAmount(order: Order, draft: RefundDraft): number | undefined {
  if (draft.mode === 'amount') return parseMoneyInput(draft.amountText, order.currency);
  return order.items.reduce((sum, item) => sum + itemRefundValue(item, draft.quantities[item.id] ?? 0), 0);
}

/**
 * The refund dialog's schema for one order: a refund needs items (or an amount), a readable positive
 * amount no higher than what can still be refunded, and a reason. Each issue's message names its
 * sentence; the first problem is the submit button's disabled reason.
 */
export function refundDraftSchema(order: Order) {
  const draft: z.ZodType<RefundDraft, RefundDraft> = z.object({
    mode: z.enum(['items', 'amount']),
    quantities: z.record(z.string(), z.number()),
    amountText: z.string(),
    restock: z.boolean(),
    reason: z.string(),
  });
  return draft.transform((value, ctx): RefundRequest => {
    const fail = (field: keyof RefundDraft, problem: RefundProblem): never => {
      ctx.addIssue({ code: 'custom', path: [field], message: problem });
      return z.NEVER;
    };
    const lines = order.items.flatMap((item, row) => {
      const quantity = value.quantities[item.id] ?? 0;
      return quantity > 0 ? [{ line: { orderItemId: item.id, quantity }, row: row + 1 }] : [];
    });
    if (value.mode === 'items' && lines.length === 0) return fail('quantities', 'needItems');
    if (value.mode === 'amount' && value.amountText.trim() === '') return fail('amountText', 'needAmount');
    const amountField = value.mode === 'amount' ? 'amountText' : 'quantities';
    const amount = refundDraftAmount(order, value);
    if (amount === undefined || amount <= 0) return fail(amountField, 'amountInvalid');
    if (amount > refundableAmount(order)) return fail(amountField, 'amountTooHigh');
    const reason = value.reason.trim();
    if (reason === '') return fail('reason', 'needReason');
    return value.mode === 'items'
      ? {
          mode: 'items',
          amount,
          items: lines.map(({ line }) => line),
          rows: lines.map(({ row }) => row),
          restock: value.restock,
          reason,
        }
      : { mode: 'amount', amount, items: [], rows: [], restock: false, reason };
  });
}

/** The first reason a draft cannot be sent yet, or undefined when it can. */
export function refundProblemOf(
  order: Order,
  draft: RefundDraft,
): { field: keyof RefundDraft; problem: RefundProblem } | undefined {
  const parsed = refundDraftSchema(order).safeParse(draft);
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  return issue && { field: issue.path[0] as keyof RefundDraft, problem: issue.message as RefundProblem };
}
