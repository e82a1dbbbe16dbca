import type { Queryable } from '../db/sql-client';

/**
 * The next human order number of a store (the counter holds the next number to hand out), inside
 * the caller's transaction so a rolled-back order leaves no gap.
 */
export async function allocateOrderNumber(tx: Queryable, storeId: string): Promise<string> {
  const rows = await tx.query<{ number: string | number }>(
    `INSERT INTO counters (store_id, name, value) VALUES ($1, 'order_number', 1001)
     ON CONFLICT (store_id, name) DO UPDATE SET value = counters.value + 1
     RETURNING value - 1 AS number`,
    [storeId],
  );
  return String(rows[0]?.number ?? 1000);
}
