import type en from '../en/bulk';
import type { Messages } from '../../namespaces';

export default {
  action: 'Sammelaktion',
  actions: {
    set_status: 'Status setzen',
    add_tag: 'Tag hinzufügen',
    remove_tag: 'Tag entfernen',
    assign_shipping_method: 'Versandart zuweisen',
    cancel: 'Bestellungen stornieren',
    mark_shipped: 'Als versendet markieren (Sendungsnummern-CSV)',
  },
  newStatus: 'Neuer Status',
  noCommonStatus: 'Für alle ausgewählten Bestellungen ist kein gemeinsamer Statuswechsel möglich.',
  cancelReason: 'Stornogrund',
  reason: 'Grund',
  tag: 'Tag',
  shippingMethod: 'Versandart',
  choose: 'Bitte wählen…',
  csv: 'CSV: Bestellnummer, Versanddienstleister, Sendungsnummer',
  csvInput: 'Sendungsnummern-CSV',
  apply: 'Auf {{count}} anwenden',
  issueInvoices: 'Rechnungen erstellen',
  printInvoices: 'Rechnungen drucken',
  need: {
    action: 'Bitte wählen, was mit den ausgewählten Bestellungen geschehen soll.',
    tag: 'Bitte einen Tag eingeben.',
    reason: 'Bitte einen Grund für die Stornierung eingeben.',
    method: 'Bitte eine Versandart wählen.',
    status: 'Für alle ausgewählten Bestellungen ist kein gemeinsamer Statuswechsel möglich.',
  },
  tooLong: {
    tag: 'Ein Tag hat höchstens 50 Zeichen.',
    reason: 'Ein Grund hat höchstens 500 Zeichen.',
  },
  description: {
    set_status: 'Status „{{value}}“ für {{count}} Bestellungen setzen',
    add_tag: 'Tag „{{value}}“ zu {{count}} Bestellungen hinzufügen',
    remove_tag: 'Tag „{{value}}“ von {{count}} Bestellungen entfernen',
    assign_shipping_method: 'Versandart „{{value}}“ für {{count}} Bestellungen zuweisen',
    cancel: '{{count}} Bestellungen stornieren („{{value}}“)',
    mark_shipped: '{{count}} Bestellungen als versendet markieren',
  },
  progress: {
    label: 'Fortschritt der Sammelaktion',
    queued: '{{count}} eingereiht',
    applied: '{{count}} in der Liste geändert',
    saved: '{{saved}} von {{count}} auf diesem Gerät gespeichert',
    withdrawn:
      '{{count}} Änderungen wurden nicht auf diesem Gerät gespeichert und werden in der Liste nicht mehr angezeigt.',
    printed: '{{count}} Rechnungen gedruckt',
    failed: '{{count}} fehlgeschlagen',
    cancelled: 'abgebrochen',
    close: 'Schließen',
    cancel: 'Abbrechen',
    stopped: 'Angehalten: {{reason}}',
    more: '… und {{count}} weitere',
    queuedNote:
      'Als Befehle eingereiht: Sie gelten hier sofort und werden synchronisiert, sobald eine Verbindung besteht.',
  },
  csvLine: {
    notFound: 'Zeile {{line}}: Bestellung {{number}} nicht gefunden',
    incomplete: 'Zeile {{line}}: Versanddienstleister und Sendungsnummer fehlen',
  },
  csvProblems: 'Einige Zeilen der CSV wurden übersprungen: {{lines}}',
} satisfies Messages<typeof en>;
