import type en from '../en/sync';
import type { Messages } from '../../namespaces';

export default {
  title: 'Synchronisierung',
  problems: 'Probleme ({{count}})',
  noProblems: 'Keine Probleme. Jede Änderung von diesem Arbeitsplatz wurde vom Server angenommen.',
  rejected: 'Nicht angenommen',
  openOrder: 'Bestellung öffnen',
  dismiss: 'Ausblenden',
  waiting: 'Wartet auf Synchronisierung ({{count}})',
  nothingWaiting: 'Nichts wartet.',
} satisfies Messages<typeof en>;
