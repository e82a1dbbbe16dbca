/** The sync page: changes the server refused, changes waiting to sync. */
const sync = {
  title: 'Sync',
  problems: 'Problems ({{count}})',
  noProblems: 'No problems. Every change made here was accepted by the server.',
  rejected: 'Not accepted',
  openOrder: 'Open order',
  dismiss: 'Dismiss',
  waiting: 'Waiting to sync ({{count}})',
  nothingWaiting: 'Nothing waiting.',
};
export default sync;

declare module '../../namespaces' {
  interface Namespaces {
    sync: typeof sync;
  }
}
