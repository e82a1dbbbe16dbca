/** Importing a marketplace CSV feed. */
const importFeed = {
  title: 'Import marketplace feed',
  back: 'Back to exceptions',
  marketplace: 'Marketplace',
  file: 'CSV file (one row per item)',
  needsConnection: 'Importing needs a connection to the server.',
  needsMarketplace: 'Enter the marketplace first.',
  marketplaceTooLong: 'A marketplace name has at most 50 characters.',
  busy: 'Importing…',
  rowErrors: 'Rows with errors (their orders were not imported)',
  column: {
    row: 'Row',
    order: 'Order',
    column: 'Column',
    problem: 'Problem',
    externalId: 'Marketplace order',
    result: 'Result',
    exceptions: 'Exceptions',
    errors: 'Errors',
  },
  summary: '{{created}} created · {{unchanged}} already imported · {{failed}} failed',
};
export default importFeed;

declare module '../../namespaces' {
  interface Namespaces {
    import: typeof importFeed;
  }
}
