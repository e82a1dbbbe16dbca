/** The pack station: pack queue, scan-to-pack screen, command barcodes. */
const pack = {
  nav: 'Pack',
  queue: {
    title: 'Pack queue',
    intro:
      'Paid orders with nothing blocking them, priority first, then oldest. Scan NEXT or a packing slip barcode to start.',
    empty: 'Nothing to pack: every paid order has shipped.',
    loading: 'Loading…',
    start: 'Pack next order',
    order: 'Order',
    customer: 'Customer',
    units: 'Units',
    placed: 'Placed',
    remarks: 'Notes',
    priority: 'Priority',
    inProgress: 'In progress',
    scanLabel: 'Scan',
    scanPlaceholder: 'NEXT, or an order number from a packing slip',
    unknownScan: '“{{code}}” is not an order in the pack queue.',
    pickListCount: 'Pick list for the next',
    pickListOrders_one: '{{count}} order',
    pickListOrders_other: '{{count}} orders',
  },
  screen: {
    back: '← Pack queue',
    orderLink: 'Order #{{number}}',
    title: 'Pack order #{{number}}',
    scanLabel: 'Scan barcode',
    scanPlaceholder: 'Scan or type a GTIN or a command, then Enter',
    check: 'Check',
    progress: '{{packed}} of {{total}} units packed',
    complete: 'Pack complete',
    restored: 'Progress restored: {{packed}} of {{total}} units were already in the box.',
    shipTitle: 'Ship the box',
    scanAll: 'Scan every item before shipping (or scan PARTIAL to ship what is packed).',
    enterTracking: 'Enter or scan the tracking number, then Enter.',
    markShipped: 'Mark shipped',
    shipPartial: 'Ship packed items only',
    cancelScan: 'Empty the box',
    next: 'Next order',
    printSlip: 'Print packing slip',
    shipped: 'Order #{{number}} shipped.',
    queueDone: 'The pack queue is empty.',
    notes: 'Order notes',
    giftMessage: 'Gift message',
  },
  line: {
    item: 'Item',
    barcode: 'Barcode',
    packed: 'Packed',
    progress: 'Progress',
    sku: 'SKU {{sku}}',
    noBarcode: 'no barcode',
    packedLabel: '{{name}} packed',
    takeOut: 'Take one {{name}} out',
    addByHand: 'Pack one {{name}} by hand',
  },
  feedback: {
    idle: 'Scan an item’s barcode to pack it.',
    packed: '✓ {{name}} — {{packed}} of {{remaining}} packed',
    over_scan: '✗ Too many: {{name}} needs only {{remaining}}. Take the extra unit out of the box.',
    wrong_item: '✗ Wrong item: {{name}} ({{code}}) is not in this order. Put it back.',
    unknownProduct: 'unknown product',
    invalid: '✗ Not a valid barcode “{{code}}”: {{reason}}',
    reason: {
      empty: 'nothing was scanned.',
      invalid_characters: 'a GTIN has digits only.',
      invalid_length: 'a GTIN has 8, 12, 13 or 14 digits.',
      invalid_check_digit: 'the check digit is wrong (misread label?).',
    },
  },
  page: {
    blocker: {
      permission: 'You need the permission “Edit and ship orders” to pack orders.',
      status: 'An order with the status “{{status}}” cannot be shipped.',
      exceptions: 'This order has unmatched items: resolve them in the exceptions queue first.',
      nothing_left: 'Everything in this order has already been shipped.',
    },
    loading: 'Loading…',
    notHere: 'This order is not on this workstation.',
    backToOrders: 'Back to orders',
    packButton: 'Pack',
    packHint: 'Scan-to-pack with the barcode scanner',
  },
  command: {
    ship_incomplete: 'SHIP: {{left}} unit(s) still to scan. Scan PARTIAL to ship only what is packed.',
    ship_needs_tracking: 'SHIP: enter or scan the tracking number first.',
    partial_empty: 'PARTIAL: nothing packed yet.',
    cancelled: 'CANCEL-SCAN: the box is empty again.',
  },
};
export default pack;

declare module '../../namespaces' {
  interface Namespaces {
    pack: typeof pack;
  }
}
