/** Shipping methods (admin). */
const shipping = {
  title: 'Shipping methods',
  adminOnly: 'Only administrators can configure shipping methods.',
  newMethod: 'New method',
  needsConnection: 'Needs a connection: shipping methods can only be changed while online.',
  saved: 'Saved “{{name}}”.',
  editTitle: 'Edit shipping method',
  newTitle: 'New shipping method',
  none: 'No shipping methods yet.',
  column: {
    name: 'Name',
    carrier: 'Carrier',
    countries: 'Countries',
    price: 'Price (store currency)',
    tracking: 'Tracking link',
    status: 'Status',
  },
  active: 'Active',
  inactive: 'Inactive',
  edit: 'Edit',
  invalid: {
    name: 'Enter a name (up to 100 characters).',
    carrier: 'Enter the carrier (up to 100 characters).',
    countries: 'Enter country codes such as DE, AT, FR.',
    price: 'Enter an amount such as 4.95.',
    freeFrom: 'Enter a subtotal such as 50.00.',
    bands: 'Enter each band as a weight in kg above 0 and a price such as 4.95.',
    bandsOrder: 'Each weight band must go up to a higher weight than the one before.',
    tracking:
      'Use a web address starting with http:// or https:// that contains {tracking}, or leave it empty.',
  },
  editor: {
    name: 'Name',
    carrier: 'Carrier',
    countries: 'Countries',
    tracking: 'Tracking URL template',
    activeHint: 'Active (offered at checkout and when shipping)',
    cancel: 'Cancel',
    save: 'Save',
    saving: 'Saving…',
  },
  price: {
    summaryFreeFrom: '{{price}}, free from {{threshold}}',
    summaryBand: 'up to {{weight}} kg: {{price}}',
    legend: 'Price',
    rule: 'Price rule',
    flat: 'Flat price',
    weight_bands: 'By weight bands',
    free_above: 'Flat, free above a subtotal',
    price: 'Price',
    freeFrom: 'Free from subtotal',
    upTo: 'Up to (kg)',
    remove: 'Remove',
    addBand: 'Add band',
  },
};
export default shipping;

declare module '../../namespaces' {
  interface Namespaces {
    shipping: typeof shipping;
  }
}
