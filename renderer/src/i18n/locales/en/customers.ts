/** Customers list and the customer card on an order. */
const customers = {
  title: 'Customers',
  search: 'Search customers',
  searchPlaceholder: 'Search name or e-mail',
  count_one: '{{count}} customer',
  count_other: '{{count}} customers',
  empty: 'No customers match “{{query}}”.',
  column: {
    customer: 'Customer',
    type: 'Type',
    orders: 'Orders',
    spent: 'Total spent',
    average: 'Average',
    first: 'First order',
    last: 'Last order',
    cancelled: 'Cancelled',
    refunded: 'Refunded',
  },
  stats: {
    guest: 'Guest order: no customer history.',
    notSynced: 'Customer history not synced yet.',
    orders: 'Orders',
    spent: 'Total spent',
    average: 'Average order',
    first: 'First order',
    last: 'Last order',
    cancelled: 'Cancelled',
    refunded: 'Refunded',
  },
};
export default customers;

declare module '../../namespaces' {
  interface Namespaces {
    customers: typeof customers;
  }
}
