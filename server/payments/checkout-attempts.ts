import type { CheckoutInput } from '../../shared/schemas/storefront';
import { sql } from 'kysely';
import { qb, run, runFirst } from '../db/kysely';
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

const selectAttempts = qb
  .selectFrom('checkout_attempts')
  .select([
    'id',
    'store_id',
    'checkout_key',
    'customer_id',
    'provider',
    'amount',
    'currency',
    'input',
    'quote',
    'created_at',
  ]);

type Row = Awaited<ReturnType<typeof selectAttempts.execute>>[number];

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

/** Records a reservation in the caller's (store-locked) transaction. */
export async function insertCheckoutAttempt(tx: Queryable, attempt: CheckoutAttempt): Promise<void> {
  await run(
    tx,
    qb.insertInto('checkout_attempts').values({
      id: attempt.id,
      store_id: attempt.storeId,
      checkout_key: attempt.checkoutKey,
      customer_id: attempt.customerId,
      provider: attempt.provider,
      amount: attempt.amount,
      currency: attempt.currency,
      input: sql<string>`${JSON.stringify(attempt.input)}::jsonb`,
      quote: sql<string>`${JSON.stringify(attempt.quote)}::jsonb`,
      lines: sql<string>`${JSON.stringify(attempt.quote.lines)}::jsonb`,
      created_at: attempt.createdAt,
    }),
  );
}

/** The attempt of a checkout key, if it is still open. */
export async function findCheckoutAttempt(
  db: Queryable,
  storeId: string,
  checkoutKey: string,
): Promise<CheckoutAttempt | undefined> {
  const row = await runFirst(
    db,
    selectAttempts.where('store_id', '=', storeId).where('checkout_key', '=', checkoutKey),
  );
  return row ? toAttempt(row) : undefined;
}

/** Ends an attempt (confirmed: the order holds the stock now; or given up: the stock is free again). */
export async function deleteCheckoutAttempt(tx: Queryable, id: string): Promise<boolean> {
  const deleted = await runFirst(tx, qb.deleteFrom('checkout_attempts').where('id', '=', id).returning('id'));
  return deleted !== undefined;
}

/** Quantities held by open attempts, per product (of `productIds`). */
export async function heldByAttempts(
  tx: Queryable,
  storeId: string,
  productIds: readonly string[],
): Promise<Map<string, number>> {
  // each attempt's lines as rows: jsonb_array_elements, a set-returning function the builder joins as given
  const productId = sql<string>`line->>'productId'`;
  const rows = await run(
    tx,
    qb
      .selectFrom(['checkout_attempts', sql`jsonb_array_elements(lines)`.as('line')])
      .select([
        productId.as('product_id'),
        sql<string | number>`SUM((line->>'quantity')::int)`.as('quantity'),
      ])
      .where('store_id', '=', storeId)
      .where(sql<boolean>`${productId} = ANY(${[...productIds]}::text[])`)
      .groupBy(productId),
  );
  return new Map(rows.map((row) => [row.product_id, Number(row.quantity)]));
}

/** Attempts opened before `olderThan` and still open (their process died or their provider hung). */
export async function staleCheckoutAttempts(
  db: Queryable,
  olderThan: Date,
  limit = 100,
): Promise<CheckoutAttempt[]> {
  const rows = await run(
    db,
    selectAttempts.where('created_at', '<', olderThan).orderBy('created_at').limit(limit),
  );
  return rows.map(toAttempt);
}
