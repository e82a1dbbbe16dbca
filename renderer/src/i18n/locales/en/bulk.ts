/** The bulk action bar of the order list. */
const bulk = {
  action: 'Bulk action',
  actions: {
    set_status: 'Set status',
    add_tag: 'Add tag',
    remove_tag: 'Remove tag',
    assign_shipping_method: 'Assign shipping method',
    cancel: 'Cancel orders',
    mark_shipped: 'Mark shipped (tracking CSV)',
  },
  newStatus: 'New status',
  noCommonStatus: 'No status change is possible for all selected orders.',
  cancelReason: 'Cancel reason',
  reason: 'Reason',
  tag: 'Tag',
  shippingMethod: 'Shipping method',
  choose: 'Choose…',
  csv: 'CSV: order number, carrier, tracking',
  csvInput: 'Tracking CSV',
  apply: 'Apply to {{count}}',
  issueInvoices: 'Issue invoices',
  printInvoices: 'Print invoices',
  need: {
    action: 'Choose what to do with the selected orders.',
    tag: 'Enter a tag.',
    reason: 'Enter a reason for the cancellation.',
    method: 'Choose a shipping method.',
    status: 'No status change is possible for all selected orders.',
  },
  tooLong: {
    tag: 'A tag has at most 50 characters.',
    reason: 'A reason has at most 500 characters.',
  },
  description: {
    set_status: 'Set status “{{value}}” on {{count}} orders',
    add_tag: 'Add tag “{{value}}” on {{count}} orders',
    remove_tag: 'Remove tag “{{value}}” on {{count}} orders',
    assign_shipping_method: 'Assign shipping method “{{value}}” on {{count}} orders',
    cancel: 'Cancel {{count}} orders (“{{value}}”)',
    mark_shipped: 'Mark {{count}} orders shipped',
  },
  progress: {
    label: 'Bulk progress',
    queued: '{{count}} queued',
    applied: '{{count}} changed in the list',
    saved: '{{saved}} of {{count}} saved on this device',
    withdrawn: '{{count}} changes were not saved on this device and are no longer shown in the list.',
    printed: '{{count}} invoices printed',
    failed: '{{count}} failed',
    cancelled: 'cancelled',
    close: 'Close',
    cancel: 'Cancel',
    stopped: 'Stopped: {{reason}}',
    more: '… and {{count}} more',
    queuedNote: 'Queued as commands: they apply here at once and sync when online.',
  },
  csvLine: {
    notFound: 'line {{line}}: order {{number}} not found',
    incomplete: 'line {{line}}: carrier and tracking number are required',
  },
  csvProblems: 'Some lines of the CSV were skipped: {{lines}}',
};
export default bulk;

declare module '../../namespaces' {
  interface Namespaces {
    bulk: typeof bulk;
  }
}
