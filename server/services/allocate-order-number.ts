import { sql } from 'kysely';
import { qb, runFirst } from '../db/kysely';
import type { Queryable } from '../db/sql-client';

/**
 * The next human order number of a store (the counter holds the next number to hand out), inside
 * the caller's transaction so a rolled-back order leaves no gap.
 */
export async function allocateOrderNumber(tx: Queryable, storeId: string): Promise<string> {
  const row = await runFirst(
    tx,
    qb
      .insertInto('counters')
      .values({ store_id: storeId, name: 'order_number', value: 1001 })
      .onConflict((conflict) =>
        conflict.columns(['store_id', 'name']).doUpdateSet({ value: sql<number>`counters.value + 1` }),
      )
      .returning(sql<string | number>`value - 1`.as('number')),
  );
  return String(row?.number ?? 1000);
}
