import type en from '../en/printing';
import type { Messages } from '../../namespaces';

export default {
  settings: {
    title: 'Drucker',
    intro:
      'Einstellungen dieses Arbeitsplatzes: auf welchem Drucker jedes Dokument landet, mit oder ohne Druckdialog.',
    browserNote:
      'Im Browser werden Dokumente als PDF heruntergeladen; die Druckerwahl gilt in der Desktop-App.',
    document: 'Dokument',
    printer: 'Drucker',
    systemDefault: 'Standarddrucker des Systems',
    silent: 'Ohne Dialog drucken',
    copies: 'Exemplare',
    copiesRange: 'Bitte eine ganze Zahl von 1 bis 20 Exemplaren eingeben.',
    onPackComplete: 'Beim Versand eines Pakets drucken',
    save: 'Druckereinstellungen speichern',
    saved: 'Druckereinstellungen gespeichert.',
    notApplicable: '—',
  },
  kind: {
    invoice: 'Rechnung',
    packing_slip: 'Lieferschein',
    pick_list: 'Pickliste',
    command_sheet: 'Befehls-Barcodes',
  },
  queue: {
    title: 'Druckwarteschlange',
    empty: 'An diesem Arbeitsplatz wurde noch nichts gedruckt.',
    document: 'Dokument',
    status: 'Status',
    attempts: 'Versuche',
    retry: 'Erneut drucken',
    remove: 'Entfernen',
    status_pending: 'Wartet',
    status_printing: 'Druckt…',
    status_done: 'Gedruckt',
    status_failed: 'Fehlgeschlagen',
  },
  actions: {
    commandSheet: 'Befehls-Barcodes drucken',
    pickList: 'Pickliste drucken',
    packingSlip: 'Lieferschein drucken',
  },
  titles: {
    packingSlip: 'Lieferschein #{{number}}',
    invoice: 'Rechnung zu Bestellung #{{number}}',
    pickList_one: 'Pickliste ({{count}} Bestellung)',
    pickList_other: 'Pickliste ({{count}} Bestellungen)',
    commandSheet: 'Befehls-Barcodes',
  },
} satisfies Messages<typeof en>;
