import type { Order, OrderRefund } from '../../shared/schemas/order';
import { DomainError } from '../../shared/errors';
import type { Queryable } from '../db/sql-client';
import { paymentProvider } from './payment-providers';

/**
 * Pays `refund` back through the provider inside the command's transaction, idempotent by refund id:
 * a refund already recorded is not asked again; a decline throws PAYMENT_DECLINED (nothing is written).
 */
export async function refundPayment(tx: Queryable, order: Order, refund: OrderRefund): Promise<string> {
  const rows = await tx.query<{ provider_reference: string }>(
    'SELECT provider_reference FROM payment_refunds WHERE id = $1',
    [refund.id],
  );
  const known = rows[0]?.provider_reference;
  if (known !== undefined) return known;
  const provider = paymentProvider();
  const answer = await provider.refund({
    idempotencyKey: refund.id,
    orderId: order.id,
    amount: refund.amount,
    currency: order.currency,
    reason: refund.reason,
  });
  if (answer.status === 'declined') {
    throw new DomainError('PAYMENT_DECLINED', `Refund declined by the payment provider: ${answer.message}`, {
      details: { provider: provider.name, refundId: refund.id },
    });
  }
  await tx.query(
    `INSERT INTO payment_refunds (id, store_id, order_id, provider, provider_reference, amount, currency)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [refund.id, order.storeId, order.id, provider.name, answer.reference, refund.amount, order.currency],
  );
  return answer.reference;
}
