/** Customers list and the customer card on an order. */
const customers = {
  title: 'Customers',
  search: 'Search customers',
  searchPlaceholder: 'Search name or e-mail',
  count_one: '{{count}} customer',
  count_other: '{{count}} customers',
  empty: 'No customers match “{{query}}”.',
  openHint: 'Click a customer or press Enter to open their page.',
  page: {
    back: '← Customers',
    notHere: 'This customer is not on this workstation.',
    loading: 'Loading…',
    contact: 'Contact',
    email: 'E-mail',
    type: 'Type',
    vatNumber: 'VAT ID',
    buyerReference: 'Buyer reference',
    since: 'Customer since',
    addresses: 'Addresses',
    defaultAddress: 'Default address',
    noAddresses: 'No address known yet.',
    tags: 'Tags on their orders',
    stats: 'Statistics',
    orders: 'Orders',
    noOrders: 'No orders of this customer on this workstation.',
    order: 'Order',
    date: 'Date',
    status: 'Status',
    payment: 'Payment',
    total: 'Total',
    openOrder: 'Open order #{{number}}',
  },
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
    open: 'Open customer page',
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
