/** Shipments, the ship dialog and refunds on the order screen. */
const fulfillment = {
  shipments: 'Shipments',
  ship: 'Ship…',
  refund: 'Refund…',
  none: 'None yet.',
  carrier: 'Carrier',
  tracking: 'Tracking',
  items: 'Items',
  status: 'Status',
  units_one: '{{count}} unit',
  units_other: '{{count}} units',
  summaryShipmentStatus: 'Shipment {{tracking}}: {{status}}',
  refunds: 'Refunds',
  waitingForServer: ' (waiting for the server)',
  blocked: {
    exceptions:
      'Cannot ship yet: this order has items not matched to a product. Resolve them in Exceptions first.',
    status: 'An order that is “{{status}}” cannot be shipped.',
    nothingLeft: 'Everything in this order has already been shipped.',
    refundNothing: 'Nothing left to refund.',
  },
  shipDialog: {
    label: 'Ship items',
    title: 'Ship order #{{number}}',
    item: 'Item',
    left: 'Left to ship',
    now: 'Ship now',
    quantityOf: 'Quantity of {{name}}',
    submit_one: 'Ship {{count}} unit',
    submit_other: 'Ship {{count}} units',
    summary_one: 'Ship {{count}} unit of order #{{number}}',
    summary_other: 'Ship {{count}} units of order #{{number}}',
  },
  details: {
    method: 'Shipping method',
    none: 'None',
    carrier: 'Carrier',
    carrierPlaceholder: 'e.g. DHL',
    tracking: 'Tracking number',
    trackingLink: 'Tracking link: {{url}}',
    needItems: 'Choose at least one unit to ship.',
    quantityRange: 'Ship between 0 and the units left of this item.',
    needCarrier: 'Enter the carrier (or choose a shipping method that has one).',
    needTracking: 'Enter the tracking number.',
  },
  refundDialog: {
    label: 'Refund',
    title: 'Refund order #{{number}}',
    upTo: '(up to {{amount}})',
    byItems: 'By items',
    byAmount: 'By amount',
    item: 'Item',
    refundable: 'Refundable',
    refund: 'Refund',
    quantityOf: 'Refund quantity of {{name}}',
    amount: 'Amount ({{currency}})',
    amountInvalid: 'Enter an amount like {{example}}.',
    amountTooHigh: 'At most {{amount}} can still be refunded.',
    restock: 'Put shipped units back in stock',
    reason: 'Reason',
    reasonPlaceholder: 'e.g. Damaged in transit',
    preview: 'Refund {{amount}}; a credit note follows.',
    submit: 'Refund',
    needReason: 'Enter a reason for the refund first.',
    needItems: 'Choose what to refund.',
    needAmount: 'Enter the amount to refund.',
    summary: 'Refund {{amount}} on order #{{number}}',
  },
};
export default fulfillment;

declare module '../../namespaces' {
  interface Namespaces {
    fulfillment: typeof fulfillment;
  }
}
