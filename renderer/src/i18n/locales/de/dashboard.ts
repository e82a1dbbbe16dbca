import type en from '../en/dashboard';
import type { Messages } from '../../namespaces';

export default {
  nav: 'Übersicht',
  title: 'Übersicht',
  today: 'Heute, {{date}}',
  loading: 'Wird gezählt…',
  tile: {
    toPack: 'Zu packende Bestellungen',
    toPackHint_one: 'davon {{count}} mit Priorität',
    toPackHint_other: 'davon {{count}} mit Priorität',
    exceptions: 'Offene Ausnahmen',
    exceptionsHint: 'Artikel, die eine Entscheidung brauchen',
    outbox: 'Warten auf Synchronisierung',
    outboxHint: 'Hier gemachte Änderungen, noch nicht auf dem Server',
    invoices: 'Heute erstellte Rechnungen',
    invoicesHint: 'ohne Gutschriften',
    open: 'Öffnen',
  },
  chart: {
    title: 'Bestellungen pro Tag, letzte 30 Tage',
    summary: '{{total}} Bestellungen in 30 Tagen, die meisten am {{best}} ({{count}}).',
    summaryNone: 'Keine Bestellungen in den letzten 30 Tagen.',
    bar_one: '{{date}}: {{count}} Bestellung',
    bar_other: '{{date}}: {{count}} Bestellungen',
    tableDate: 'Tag',
    tableCount: 'Bestellungen',
    showTable: 'Als Tabelle zeigen',
  },
} satisfies Messages<typeof en>;
