/** The exception queue (marketplace items without a catalog product) and the feed import. */
const exceptions = {
  title: 'Exceptions',
  statusTabs: 'Exception status',
  filterGtin: 'Filter by GTIN',
  filterMarketplace: 'Filter by marketplace',
  allMarketplaces: 'All marketplaces',
  importFeed: 'Import feed…',
  intro:
    'Marketplace items whose GTIN matched no catalog product. An order cannot ship or be invoiced while one of its items is open here.',
  table: 'Exceptions',
  column: {
    order: 'Order',
    marketplace: 'Marketplace',
    gtin: 'GTIN',
    title: 'Marketplace title',
    quantity: 'Qty',
    unitPrice: 'Unit price',
    state: 'State',
  },
  empty: 'Nothing here.',
  moreRows: 'Showing the first {{max}} of {{count}}; narrow the filter to see more.',
  waiting: 'Waiting to sync',
  resolve: 'Resolve…',
  ignore: 'Ignore…',
  resolution: {
    ignored: 'Ignored: {{reason}}',
    automatic: 'Matched automatically',
    bulk: 'Bulk-matched by {{name}}',
    manual: 'Matched by {{name}}',
    staff: 'staff',
  },
  ignorePanel: {
    reason: 'Reason',
    placeholder: 'e.g. Not sold by us',
    confirm: 'Confirm ignore',
    needReason: 'Enter a reason first.',
  },
  resolvePanel: {
    product: 'Catalog product',
    search: 'Search GTIN, SKU or name',
    noMatch: 'No product matches.',
    matches: 'Matching products',
    noGtin: 'no GTIN',
    available: '{{count}} available',
    remember: 'Remember mapping for {{marketplace}}',
    resolve: 'Resolve',
    resolveAll: 'Resolve all {{count}} with this GTIN',
    choose: 'Choose a product first.',
  },
};
export default exceptions;

declare module '../../namespaces' {
  interface Namespaces {
    exceptions: typeof exceptions;
  }
}
