import { map } from 'rxjs';
import { customerSchema, type Customer } from '../../../../shared/schemas/customer';
import { productSchema, type Product } from '../../../../shared/schemas/product';
import { useData } from '../../data/data-context';
import { useObservable } from '../../data/use-observable';
import { useInvoiceSettings } from '../invoices/invoice-hooks';
import type { DeviceStoreFacts } from './device-pricing-context';

/** Every replicated catalog product, by name (readable offline). */
export function useLocalProducts(): Product[] {
  const { db } = useData();
  return useObservable(
    () =>
      db.products.find().$.pipe(
        map((docs) =>
          docs
            .flatMap((doc) => {
              const parsed = productSchema.safeParse(doc.toJSON());
              return parsed.success ? [parsed.data] : [];
            })
            .sort((a, b) => a.name.localeCompare(b.name)),
        ),
      ),
    [],
    [db],
  );
}

/** Every replicated customer, by name. */
export function useLocalCustomers(): Customer[] {
  const { db } = useData();
  return useObservable(
    () =>
      db.customers.find().$.pipe(
        map((docs) =>
          docs
            .flatMap((doc) => {
              const parsed = customerSchema.safeParse(doc.toJSON());
              return parsed.success ? [parsed.data] : [];
            })
            .sort((a, b) => a.name.localeCompare(b.name)),
        ),
      ),
    [],
    [db],
  );
}

/** The store facts pricing needs on this device: invoice settings and the currency its orders use. */
export function useDeviceStoreFacts(): DeviceStoreFacts {
  const { db, session } = useData();
  const settings = useInvoiceSettings();
  const currency = useObservable(
    () =>
      db.orders
        .findOne()
        .$.pipe(map((doc) => (doc?.toJSON() as { currency?: string } | undefined)?.currency ?? 'EUR')),
    'EUR',
    [db],
  );
  return { storeId: session.user.storeId, settings, currency };
}
