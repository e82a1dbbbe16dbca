import type { CustomerWithStats } from './use-customer-stats';

/** The customers whose name or e-mail contain the search text (any case); all of them for empty text. */
export function filterCustomers(
  rows: readonly CustomerWithStats[],
  query: string,
): readonly CustomerWithStats[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return rows;
  return rows.filter(({ customer }) => `${customer.name} ${customer.email}`.toLowerCase().includes(needle));
}
