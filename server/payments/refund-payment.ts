import type { Command } from '../../shared/schemas/command';
import type { Order, OrderRefund } from '../../shared/schemas/order';
import type { StaffUser } from '../../shared/schemas/user';
import { DomainError, isDomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { runOrderCommand } from '../../shared/domain/order/run-order-command';
import { readDocs } from '../db/doc-store';
import { qb, run, runFirst } from '../db/kysely';
import type { Queryable } from '../db/sql-client';
import type { ProviderRefundResult } from './payment-provider';
import { paymentProvider } from './payment-providers';

/**
 * Refunds are paid back in two steps around the command's transaction, so no provider call runs
 * under the store's write lock: before the transaction, `payRefundsAhead` computes each refund
 * command's refund on the order as it stands (the shared command, no lock), records it `pending`,
 * asks the provider (idempotent by refund id) and records the answer; inside the transaction,
 * `refundPayment` only reads that answer. A process dying in between leaves a pending or
 * succeeded row; the re-sent command (device outbox, REST retry) finds it and the provider answers
 * the same refund id with the same refund, so nothing is paid twice.
 */
const declinedAhead = new Map<string, ProviderRefundResult & { status: 'declined' }>();
/** Refunds this process saw paid ahead (the row as recorded), so the transaction need not read it back. */
const paidAhead = new Map<string, { orderId: string; amount: number; reference: string }>();

async function refundRow(db: Queryable, id: string) {
  return runFirst(
    db,
    qb
      .selectFrom('payment_refunds')
      .select(['order_id', 'status', 'provider_reference', 'amount'])
      .where('id', '=', id),
  );
}

/** The refund a refund command would make on the order as it stands, or undefined if it would be refused. */
function foreseeRefund(order: Order, user: StaffUser, command: Command): OrderRefund | undefined {
  try {
    const now = new Date().toISOString();
    const result = runOrderCommand({
      order,
      type: command.type,
      payload: command.payload,
      ctx: { actor: user, deviceId: command.deviceId, commandId: command.id, now, newId },
    });
    return result.order.refunds?.find((refund) => !order.refunds?.some((known) => known.id === refund.id));
  } catch (error) {
    if (isDomainError(error)) return undefined; // the transaction refuses it the same way
    throw error;
  }
}

async function askProvider(db: Queryable, order: Order, refund: OrderRefund): Promise<void> {
  const provider = paymentProvider();
  await run(
    db,
    qb
      .insertInto('payment_refunds')
      .values({
        id: refund.id,
        store_id: order.storeId,
        order_id: order.id,
        provider: provider.name,
        provider_reference: null,
        amount: refund.amount,
        currency: order.currency,
        status: 'pending',
      })
      .onConflict((conflict) => conflict.column('id').doNothing()),
  );
  const answer = await provider.refund({
    idempotencyKey: refund.id,
    orderId: order.id,
    amount: refund.amount,
    currency: order.currency,
    reason: refund.reason,
  });
  if (answer.status === 'declined') {
    declinedAhead.set(refund.id, answer);
    await run(
      db,
      qb.deleteFrom('payment_refunds').where('id', '=', refund.id).where('status', '=', 'pending'),
    );
    return;
  }
  await run(
    db,
    qb
      .updateTable('payment_refunds')
      .set({ status: 'succeeded', provider_reference: answer.reference })
      .where('id', '=', refund.id),
  );
  paidAhead.set(refund.id, { orderId: order.id, amount: refund.amount, reference: answer.reference });
}

/** Pays the refunds of `commands` before their transaction (see above); returns a cleanup for after it. */
export async function payRefundsAhead(
  db: Queryable,
  user: StaffUser,
  commands: readonly Command[],
): Promise<() => void> {
  const asked: string[] = [];
  const refunds = commands.filter((command) => command.type === 'order.refund');
  if (refunds.length === 0) return () => undefined;
  const orders = new Map(
    (await readDocs<Order>(db, 'orders', [...new Set(refunds.map((command) => command.targetId))]))
      .filter((row) => row.storeId === user.storeId && !row.doc.deleted)
      .map((row) => [row.doc.id, row.doc]),
  );
  for (const command of refunds) {
    const stored = orders.get(command.targetId);
    if (!stored) continue;
    const refund = foreseeRefund({ ...stored.data, version: stored.version }, user, command);
    if (!refund) continue;
    asked.push(refund.id);
    const row = await refundRow(db, refund.id);
    if (row?.status === 'succeeded' && row.provider_reference !== null)
      paidAhead.set(refund.id, {
        orderId: row.order_id,
        amount: Number(row.amount),
        reference: row.provider_reference,
      });
    else await askProvider(db, stored.data, refund);
  }
  return () => {
    for (const id of asked) {
      declinedAhead.delete(id);
      paidAhead.delete(id);
    }
  };
}

/**
 * The provider's answer for `refund`, inside the command's transaction: the reference recorded
 * ahead, or PAYMENT_DECLINED (nothing is written). A refund nobody paid ahead (its amount turned
 * out different from the one foreseen) is refused as a conflict rather than paid under the lock.
 */
export async function refundPayment(tx: Queryable, order: Order, refund: OrderRefund): Promise<string> {
  const declined = declinedAhead.get(refund.id);
  if (declined) {
    throw new DomainError(
      'PAYMENT_DECLINED',
      `Refund declined by the payment provider: ${declined.message}`,
      {
        details: { provider: paymentProvider().name, refundId: refund.id },
      },
    );
  }
  const ahead = paidAhead.get(refund.id);
  if (ahead?.orderId === order.id && ahead.amount === refund.amount) return ahead.reference;
  const row = await refundRow(tx, refund.id);
  const paid =
    row?.status === 'succeeded' && row.order_id === order.id && Number(row.amount) === refund.amount;
  if (paid && row.provider_reference !== null) return row.provider_reference;
  throw new DomainError('CONFLICT', 'The order changed while the refund was paid; please try again', {
    details: { refundId: refund.id },
  });
}
