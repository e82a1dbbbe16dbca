import type { Order, OrderRefund } from '../../schemas/order';

/** The timeline entry that records a credit note issued for a refund (`data.refundId`). */
export const CREDIT_NOTE_ISSUED_EVENT = 'credit_note_issued';

/**
 * The order's refunds that no credit note covers yet: refunds made before the order had an invoice.
 * German practice (§ 14c/§ 17 UStG): the invoice shows the full supply and each such refund becomes a
 * credit note (Rechnungskorrektur) referencing it, issued right after the invoice.
 */
export function refundsAwaitingCreditNote(order: Pick<Order, 'refunds' | 'events'>): OrderRefund[] {
  const credited = new Set(
    order.events
      .filter((event) => event.type === CREDIT_NOTE_ISSUED_EVENT)
      .map((event) => event.data?.['refundId']),
  );
  return (order.refunds ?? []).filter((refund) => !credited.has(refund.id));
}
