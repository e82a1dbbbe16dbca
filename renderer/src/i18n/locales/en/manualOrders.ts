/** New manual orders, drafts and item edits (renderer/src/features/manual-orders). */
const manualOrders = {
  newOrder: 'New order',
  title: 'New order',
  back: '← Orders',
  offlineHint: 'Works offline: the order is saved on this workstation and sent when the connection returns.',
  customer: {
    title: 'Customer',
    search: 'Find a customer',
    searchPlaceholder: 'Name or e-mail',
    noMatch: 'No customer matches. Enter a new one below.',
    use: 'Use',
    chosen: 'Existing customer: {{name}}',
    newCustomer: 'New customer instead',
    name: 'Name',
    email: 'E-mail',
    type: 'Customer type',
    vatNumber: 'VAT number (business customers)',
  },
  addresses: {
    shipping: 'Shipping address',
    billing: 'Billing address',
    sameAsShipping: 'Billing address is the shipping address',
  },
  shipping: {
    title: 'Shipping method',
    choose: 'Choose a shipping method',
    none: 'No active shipping method on this workstation yet.',
  },
  products: {
    title: 'Products',
    search: 'Find a product',
    searchPlaceholder: 'Name, SKU or GTIN',
    noMatch: 'No product matches “{{query}}”.',
    add: 'Add',
    addNamed: 'Add {{name}}',
    available: '{{count}} in stock',
    empty: 'No products yet. Search the catalog above and add them.',
  },
  lines: {
    product: 'Product',
    unitNet: 'Unit price (net)',
    quantity: 'Quantity',
    quantityOf: 'Quantity of {{name}}',
    lineNet: 'Line (net)',
    remove: 'Remove',
    removeNamed: 'Remove {{name}}',
    newLine: 'new',
  },
  totals: {
    title: 'Totals',
    subtotal: 'Items (net)',
    shipping: 'Shipping (net)',
    net: 'Net',
    vatRate: 'VAT {{rate}} %',
    gross: 'Total',
    pending: 'Totals appear once products, a shipping method and the shipping country are chosen.',
    problem: 'Cannot price this yet: {{reason}}',
  },
  notes: 'Internal notes',
  saveDraft: 'Save as draft',
  create: 'Create order',
  saving: 'Saving…',
  summaryCreate: 'New order for {{name}}',
  summaryDraft: 'New draft for {{name}}',
  required: {
    items: 'Add at least one product.',
    method: 'Choose a shipping method.',
  },
  draft: {
    badge: 'Draft',
    notice:
      'This is a draft: it has no order number yet, reserves no stock and cannot be packed or invoiced.',
    confirm: 'Confirm draft',
    summaryConfirm: 'Confirm draft {{number}}',
    confirmed: 'Confirmed. The order number follows with the next sync.',
  },
  provisional: 'The order number is given by the server with the next sync.',
  edit: {
    open: 'Edit items',
    title: 'Edit items',
    save: 'Save items',
    discard: 'Discard',
    saved: 'Items saved. Totals and stock are updated.',
    nothingChanged: 'Nothing was changed.',
    summary: 'Edit items of order #{{number}}',
    locked: {
      shipped: 'Items cannot change: something has been shipped already.',
      invoiced: 'Items cannot change: the order has an invoice. Correct it with a credit note.',
      cancelled: 'Items cannot change: the order is cancelled.',
      refunded: 'Items cannot change: money has been refunded on this order.',
    },
    unmatched: 'Unmatched marketplace items stay as they are; resolve them in the exception queue.',
  },
  errors: {
    draft: 'This order is a draft. Confirm it first.',
    notDraft: 'This order is not a draft (any more).',
    notEnoughStock: 'Not enough stock of “{{product}}”: {{available}} available, {{requested}} needed.',
    countryNotServed: 'This shipping method does not ship to {{country}}.',
  },
};
export default manualOrders;

declare module '../../namespaces' {
  interface Namespaces {
    manualOrders: typeof manualOrders;
  }
}
