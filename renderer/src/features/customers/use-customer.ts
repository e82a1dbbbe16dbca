import { useMemo } from 'react';
import { map } from 'rxjs';
import { customerSchema, type Customer } from '../../../../shared/schemas/customer';
import type { CustomerOrderStats } from '../../../../shared/schemas/customer-order-stats';
import type { Order } from '../../../../shared/schemas/order';
import { computeCustomerOrderStats } from '../../../../shared/domain/order/customer-order-stats';
import { useData } from '../../data/data-context';
import { useObservable } from '../../data/use-observable';
import { useOrderIndex } from '../orders/use-order-index';

/** One replicated customer (`null` when not on this workstation, `undefined` while loading). */
export function useCustomer(id: string): Customer | null | undefined {
  const { db } = useData();
  return useObservable<Customer | null | undefined>(
    () =>
      db.customers.findOne(id).$.pipe(
        map((doc) => {
          const parsed = doc ? customerSchema.safeParse(doc.toJSON()) : undefined;
          return parsed?.success ? parsed.data : null;
        }),
      ),
    undefined,
    [db, id],
  );
}

/**
 * A customer's orders on this workstation (with commands not yet synced applied), newest first, and
 * their statistics computed from them by the shared function the server uses, so the page is
 * current offline too.
 */
export function useCustomerOrders(
  customerId: string,
  fallbackCurrency: string,
): { orders: Order[]; stats: CustomerOrderStats; ready: boolean } {
  const { session } = useData();
  const { index, version, ready } = useOrderIndex();
  return useMemo(() => {
    const orders: Order[] = [];
    for (const entry of index.all()) if (entry.order.customerId === customerId) orders.push(entry.order);
    orders.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const base = {
      id: customerId,
      storeId: session.user.storeId,
      customerId,
      currency: orders[0]?.currency ?? fallbackCurrency,
      version: 0,
    };
    return { orders, stats: computeCustomerOrderStats(base, orders, new Date().toISOString()), ready };
    // `version` changes whenever the index does
  }, [index, version, ready, customerId, fallbackCurrency, session.user.storeId]);
}

/** Distinct addresses of the customer: the stored default, then those used on their orders. */
export function addressesOf(customer: Customer, orders: readonly Order[]): Order['shippingAddress'][] {
  const seen = new Map<string, Order['shippingAddress']>();
  const add = (address: Order['shippingAddress'] | undefined): void => {
    if (!address) return;
    const key = [
      address.name,
      address.company,
      address.line1,
      address.line2,
      address.postalCode,
      address.city,
      address.country,
    ]
      .map((part) => (part ?? '').trim().toLowerCase())
      .join('|');
    if (!seen.has(key)) seen.set(key, address);
  };
  add(customer.defaultAddress);
  for (const order of orders) {
    add(order.shippingAddress);
    add(order.billingAddress);
  }
  return [...seen.values()];
}

/** Tags on the customer's orders, most used first. */
export function tagsOf(orders: readonly Order[]): string[] {
  const counts = new Map<string, number>();
  for (const order of orders) for (const tag of order.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}
