import type en from '../en/exceptions';
import type { Messages } from '../../namespaces';

export default {
  title: 'Ausnahmen',
  statusTabs: 'Status der Ausnahmen',
  filterGtin: 'Nach GTIN filtern',
  filterMarketplace: 'Nach Marktplatz filtern',
  allMarketplaces: 'Alle Marktplätze',
  importFeed: 'Feed importieren…',
  intro:
    'Marktplatz-Artikel, deren GTIN zu keinem Produkt im Katalog passt. Solange ein Artikel hier offen ist, kann die Bestellung weder versendet noch berechnet werden.',
  table: 'Ausnahmen',
  column: {
    order: 'Bestellung',
    marketplace: 'Marktplatz',
    gtin: 'GTIN',
    title: 'Titel beim Marktplatz',
    quantity: 'Menge',
    unitPrice: 'Einzelpreis',
    state: 'Status',
  },
  empty: 'Hier ist nichts.',
  moreRows: 'Die ersten {{max}} von {{count}} werden angezeigt; bitte den Filter eingrenzen.',
  waiting: 'Wartet auf Sync',
  resolve: 'Zuordnen…',
  ignore: 'Ignorieren…',
  resolution: {
    ignored: 'Ignoriert: {{reason}}',
    automatic: 'Automatisch zugeordnet',
    bulk: 'Sammelweise zugeordnet von {{name}}',
    manual: 'Zugeordnet von {{name}}',
    staff: 'Mitarbeiter',
  },
  ignorePanel: {
    reason: 'Grund',
    placeholder: 'z. B. Führen wir nicht',
    confirm: 'Ignorieren bestätigen',
    needReason: 'Bitte zuerst einen Grund eingeben.',
  },
  resolvePanel: {
    product: 'Produkt im Katalog',
    search: 'GTIN, Artikelnummer oder Name suchen',
    noMatch: 'Kein Produkt passt.',
    matches: 'Passende Produkte',
    noGtin: 'keine GTIN',
    available: '{{count}} verfügbar',
    remember: 'Zuordnung für {{marketplace}} merken',
    resolve: 'Zuordnen',
    resolveAll: 'Alle {{count}} mit dieser GTIN zuordnen',
    choose: 'Bitte zuerst ein Produkt wählen.',
  },
} satisfies Messages<typeof en>;
