import type en from '../en/import';
import type { Messages } from '../../namespaces';

export default {
  title: 'Marktplatz-Feed importieren',
  back: 'Zurück zu den Ausnahmen',
  marketplace: 'Marktplatz',
  file: 'CSV-Datei (eine Zeile pro Artikel)',
  needsConnection: 'Für den Import ist eine Verbindung zum Server nötig.',
  needsMarketplace: 'Bitte zuerst den Marktplatz eingeben.',
  marketplaceTooLong: 'Der Marktplatz hat höchstens 50 Zeichen.',
  busy: 'Import läuft…',
  rowErrors: 'Zeilen mit Fehlern (diese Bestellungen wurden nicht importiert)',
  column: {
    row: 'Zeile',
    order: 'Bestellung',
    column: 'Spalte',
    problem: 'Problem',
    externalId: 'Marktplatz-Bestellung',
    result: 'Ergebnis',
    exceptions: 'Ausnahmen',
    errors: 'Fehler',
  },
  summary: '{{created}} angelegt · {{unchanged}} schon importiert · {{failed}} fehlgeschlagen',
} satisfies Messages<typeof en>;
