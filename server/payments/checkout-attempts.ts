import type { CheckoutInput } from '../../shared/schemas/storefront';
import type { Queryable } from '../db/sql-client';
import type { CheckoutQuote } from '../services/checkout-quote';

/**
 * A checkout between its reservation and its confirmation: the stock it holds (its `lines`, counted
 * against availability until it is confirmed or dropped) and everything the confirmation needs.
 */
export interface CheckoutAttempt {
  id: string;
  storeId: string;
  checkoutKey: string;
  customerId: string | null;
  provider: string;
  amount: number;
  currency: string;
  input: CheckoutInput;
  quote: CheckoutQuote;
  createdAt: string;
}

/**
 * The key the payment provider sees for this attempt: stable for the attempt (a retry while it is
 * open, or recovery after a crash, reaches the same payment and never charges twice), new for a
 * new attempt under the same checkout key — after a payment was given back, the provider must not
 * answer a retry with that refunded payment as if it were captured.
 */
export function providerKeyOf(attempt: Pick<CheckoutAttempt, 'checkoutKey' | 'id'>): string {
  return `${attempt.checkoutKey}.${attempt.id}`;
}

interface Row {
  id: string;
  store_id: string;
  checkout_key: string;
  customer_id: string | null;
  provider: string;
  amount: string | number;
  currency: string;
  input: unknown;
  quote: unknown;
  created_at: Date | string;
}

const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

function toAttempt(row: Row): CheckoutAttempt {
  return {
    id: row.id,
    storeId: row.store_id,
    checkoutKey: row.checkout_key,
    customerId: row.customer_id,
    provider: row.provider,
    amount: Number(row.amount),
    currency: row.currency,
    // our own rows, written by insertCheckoutAttempt from parsed input and a computed quote
    input: json<CheckoutInput>(row.input),
    quote: json<CheckoutQuote>(row.quote),
    createdAt: new Date(row.created_at).toISOString(),
  };
}

const columns =
  'id, store_id, checkout_key, customer_id, provider, amount, currency, input, quote, created_at';

/** Records a reservation in the caller's (store-locked) transaction. */
export async function insertCheckoutAttempt(tx: Queryable, attempt: CheckoutAttempt): Promise<void> {
  await tx.query(
    `INSERT INTO checkout_attempts (id, store_id, checkout_key, customer_id, provider, amount, currency, input, quote, lines, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10::jsonb, $11)`,
    [
      attempt.id,
      attempt.storeId,
      attempt.checkoutKey,
      attempt.customerId,
      attempt.provider,
      attempt.amount,
      attempt.currency,
      JSON.stringify(attempt.input),
      JSON.stringify(attempt.quote),
      JSON.stringify(attempt.quote.lines),
      attempt.createdAt,
    ],
  );
}

/** The attempt of a checkout key, if it is still open. */
export async function findCheckoutAttempt(
  db: Queryable,
  storeId: string,
  checkoutKey: string,
): Promise<CheckoutAttempt | undefined> {
  const rows = await db.query<Row>(
    `SELECT ${columns} FROM checkout_attempts WHERE store_id = $1 AND checkout_key = $2`,
    [storeId, checkoutKey],
  );
  return rows[0] ? toAttempt(rows[0]) : undefined;
}

/** Ends an attempt (confirmed: the order holds the stock now; or given up: the stock is free again). */
export async function deleteCheckoutAttempt(tx: Queryable, id: string): Promise<boolean> {
  return (await tx.query('DELETE FROM checkout_attempts WHERE id = $1 RETURNING id', [id])).length > 0;
}

/** Quantities held by open attempts, per product (of `productIds`). */
export async function heldByAttempts(
  tx: Queryable,
  storeId: string,
  productIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await tx.query<{ product_id: string; quantity: string | number }>(
    `SELECT line->>'productId' AS product_id, SUM((line->>'quantity')::int) AS quantity
       FROM checkout_attempts, jsonb_array_elements(lines) AS line
      WHERE store_id = $1 AND line->>'productId' = ANY($2::text[])
      GROUP BY 1`,
    [storeId, [...productIds]],
  );
  return new Map(rows.map((row) => [row.product_id, Number(row.quantity)]));
}

/** Attempts opened before `olderThan` and still open (their process died or their provider hung). */
export async function staleCheckoutAttempts(
  db: Queryable,
  olderThan: Date,
  limit = 100,
): Promise<CheckoutAttempt[]> {
  const rows = await db.query<Row>(
    `SELECT ${columns} FROM checkout_attempts WHERE created_at < $1 ORDER BY created_at LIMIT $2`,
    [olderThan.toISOString(), limit],
  );
  return rows.map(toAttempt);
}
