import { combineLatest, map } from 'rxjs';
import {
  customerOrderStatsSchema,
  type CustomerOrderStats,
} from '../../../../shared/schemas/customer-order-stats';
import { customerSchema, type Customer } from '../../../../shared/schemas/customer';
import { useData } from '../../data/data-context';
import { useObservable } from '../../data/use-observable';

/** One customer's replicated order statistics (undefined until the server has computed them). */
export function useCustomerStats(customerId: string | null): CustomerOrderStats | undefined {
  const { db } = useData();
  return useObservable(
    () =>
      db.customerstats.findOne(customerId ?? '').$.pipe(
        map((doc) => {
          const parsed = doc ? customerOrderStatsSchema.safeParse(doc.toJSON()) : undefined;
          return parsed?.success ? parsed.data : undefined;
        }),
      ),
    undefined,
    [db, customerId],
  );
}

export interface CustomerWithStats {
  customer: Customer;
  stats: CustomerOrderStats | undefined;
}

/** Every replicated customer with their statistics, biggest spenders first (works offline). */
export function useCustomersWithStats(): CustomerWithStats[] {
  const { db } = useData();
  return useObservable(
    () =>
      combineLatest([db.customers.find().$, db.customerstats.find().$]).pipe(
        map(([customerDocs, statDocs]) => {
          const stats = new Map<string, CustomerOrderStats>();
          for (const doc of statDocs) {
            const parsed = customerOrderStatsSchema.safeParse(doc.toJSON());
            if (parsed.success) stats.set(parsed.data.customerId, parsed.data);
          }
          return customerDocs
            .flatMap((doc) => {
              const parsed = customerSchema.safeParse(doc.toJSON());
              return parsed.success ? [{ customer: parsed.data, stats: stats.get(parsed.data.id) }] : [];
            })
            .sort(
              (a, b) =>
                (b.stats?.totalSpentGross ?? 0) - (a.stats?.totalSpentGross ?? 0) ||
                a.customer.name.localeCompare(b.customer.name),
            );
        }),
      ),
    [],
    [db],
  );
}
