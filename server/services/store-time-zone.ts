import { defaultStoreTimeZone } from '../../shared/dates/store-date';
import { hasCalendarDayBound } from '../../shared/domain/order/order-date-range';
import type { OrderFilters } from '../../shared/schemas/order-filters';
import { docText, liveDocs } from '../db/doc-queries';
import { runFirst } from '../db/kysely';
import type { Queryable } from '../db/sql-client';

/** The store's IANA time zone (invoice settings), Europe/Berlin when none is set. */
export async function storeTimeZone(db: Queryable, storeId: string): Promise<string> {
  const row = await runFirst(
    db,
    liveDocs('invoice_settings', storeId).select(docText('timeZone').as('zone')).where('id', '=', storeId),
  );
  return row?.zone ?? defaultStoreTimeZone;
}

/** The zone the list filters' calendar days are read in: asked of the store only when a filter names a day. */
export async function filterTimeZone(db: Queryable, storeId: string, filters: OrderFilters): Promise<string> {
  return hasCalendarDayBound(filters) ? storeTimeZone(db, storeId) : defaultStoreTimeZone;
}
