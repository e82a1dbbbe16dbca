import type { StorePayment } from '../../shared/schemas/storefront';
import type { Queryable } from '../db/sql-client';

/** Our record of one storefront payment, linking an order to the provider's reference. */
export interface StorePaymentRow extends StorePayment {
  storeId: string;
  provider: string;
  providerReference: string;
}

interface Row {
  id: string;
  store_id: string;
  order_id: string;
  provider: string;
  provider_reference: string;
  status: StorePayment['status'];
  amount: string | number;
  currency: string;
}

const columns = 'id, store_id, order_id, provider, provider_reference, status, amount, currency';

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
  await tx.query(
    `INSERT INTO store_payments (id, store_id, order_id, provider, provider_reference, status, amount, currency, checkout_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      payment.id,
      payment.storeId,
      payment.orderId,
      payment.provider,
      payment.providerReference,
      payment.status,
      payment.amount,
      payment.currency,
      checkoutKey,
    ],
  );
}

/** A payment by our id, optionally locked for the transaction. */
export async function findStorePayment(
  db: Queryable,
  id: string,
  forUpdate = false,
): Promise<StorePaymentRow | undefined> {
  const rows = await db.query<Row>(
    `SELECT ${columns} FROM store_payments WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ? toPayment(rows[0]) : undefined;
}

/** A payment by the provider's reference (webhooks name it so), locked for the transaction. */
export async function findPaymentByReference(
  db: Queryable,
  provider: string,
  reference: string,
): Promise<StorePaymentRow | undefined> {
  const rows = await db.query<Row>(
    `SELECT ${columns} FROM store_payments WHERE provider = $1 AND provider_reference = $2 FOR UPDATE`,
    [provider, reference],
  );
  return rows[0] ? toPayment(rows[0]) : undefined;
}

/** The payment already made for a checkout key (a retried checkout returns its order). */
export async function findPaymentByCheckoutKey(
  db: Queryable,
  storeId: string,
  checkoutKey: string,
): Promise<StorePaymentRow | undefined> {
  const rows = await db.query<Row>(
    `SELECT ${columns} FROM store_payments WHERE store_id = $1 AND checkout_key = $2`,
    [storeId, checkoutKey],
  );
  return rows[0] ? toPayment(rows[0]) : undefined;
}

/** Moves a payment to `status`. */
export async function setStorePaymentStatus(
  tx: Queryable,
  id: string,
  status: StorePayment['status'],
): Promise<void> {
  await tx.query('UPDATE store_payments SET status = $2, updated_at = now() WHERE id = $1', [id, status]);
}
