/** The landing page after sign-in: today's figures and orders per day. */
const dashboard = {
  nav: 'Overview',
  title: 'Overview',
  today: 'Today, {{date}}',
  loading: 'Counting…',
  tile: {
    toPack: 'Orders to pack',
    toPackHint_one: '{{count}} with priority',
    toPackHint_other: '{{count}} with priority',
    exceptions: 'Open exceptions',
    exceptionsHint: 'Items that need a decision',
    outbox: 'Waiting to sync',
    outboxHint: 'Changes made here, not yet on the server',
    invoices: 'Invoices issued today',
    invoicesHint: 'Credit notes not counted',
    open: 'Open',
  },
  chart: {
    title: 'Orders per day, last 30 days',
    summary: '{{total}} orders in 30 days, most on {{best}} ({{count}}).',
    summaryNone: 'No orders in the last 30 days.',
    bar_one: '{{date}}: {{count}} order',
    bar_other: '{{date}}: {{count}} orders',
    tableDate: 'Day',
    tableCount: 'Orders',
    showTable: 'Show as table',
  },
};
export default dashboard;

declare module '../../namespaces' {
  interface Namespaces {
    dashboard: typeof dashboard;
  }
}
