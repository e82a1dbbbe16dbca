import type { StorePayment } from '../../shared/schemas/storefront';
import { sql } from 'kysely';
import { qb, run, runFirst } from '../db/kysely';
import type { Queryable } from '../db/sql-client';

/** Our record of one storefront payment, linking an order to the provider's reference. */
export interface StorePaymentRow extends StorePayment {
  storeId: string;
  provider: string;
  providerReference: string;
}

const selectPayments = qb
  .selectFrom('store_payments')
  .select(['id', 'store_id', 'order_id', 'provider', 'provider_reference', 'status', 'amount', 'currency']);

type Row = Awaited<ReturnType<typeof selectPayments.execute>>[number];

function toPayment(row: Row): StorePaymentRow {
  return {
    id: row.id,
    storeId: row.store_id,
    orderId: row.order_id,
    provider: row.provider,
    providerReference: row.provider_reference,
    status: row.status,
    amount: Number(row.amount),
    currency: row.currency,
  };
}

/** The public view of a payment row. */
export function publicPayment(row: StorePaymentRow): StorePayment {
  return { id: row.id, orderId: row.orderId, status: row.status, amount: row.amount, currency: row.currency };
}

/** Records a payment in the caller's transaction. */
export async function insertStorePayment(
  tx: Queryable,
  payment: StorePaymentRow,
  checkoutKey: string,
): Promise<void> {
  await run(
    tx,
    qb.insertInto('store_payments').values({
      id: payment.id,
      store_id: payment.storeId,
      order_id: payment.orderId,
      provider: payment.provider,
      provider_reference: payment.providerReference,
      status: payment.status,
      amount: payment.amount,
      currency: payment.currency,
      checkout_key: checkoutKey,
    }),
  );
}

/** A payment by our id, optionally locked for the transaction. */
export async function findStorePayment(
  db: Queryable,
  id: string,
  forUpdate = false,
): Promise<StorePaymentRow | undefined> {
  const query = selectPayments.where('id', '=', id);
  const row = await runFirst(db, forUpdate ? query.forUpdate() : query);
  return row ? toPayment(row) : undefined;
}

/** A payment by the provider's reference (webhooks name it so), locked for the transaction. */
export async function findPaymentByReference(
  db: Queryable,
  provider: string,
  reference: string,
): Promise<StorePaymentRow | undefined> {
  const row = await runFirst(
    db,
    selectPayments.where('provider', '=', provider).where('provider_reference', '=', reference).forUpdate(),
  );
  return row ? toPayment(row) : undefined;
}

/** The payment already made for a checkout key (a retried checkout returns its order). */
export async function findPaymentByCheckoutKey(
  db: Queryable,
  storeId: string,
  checkoutKey: string,
): Promise<StorePaymentRow | undefined> {
  const row = await runFirst(
    db,
    selectPayments.where('store_id', '=', storeId).where('checkout_key', '=', checkoutKey),
  );
  return row ? toPayment(row) : undefined;
}

/** Moves a payment to `status`. */
export async function setStorePaymentStatus(
  tx: Queryable,
  id: string,
  status: StorePayment['status'],
): Promise<void> {
  await run(
    tx,
    qb
      .updateTable('store_payments')
      .set({ status, updated_at: sql<Date>`now()` })
      .where('id', '=', id),
  );
}
