import type en from '../en/customers';
import type { Messages } from '../../namespaces';

export default {
  title: 'Kunden',
  search: 'Kunden suchen',
  searchPlaceholder: 'Name oder E-Mail suchen',
  count_one: '{{count}} Kunde',
  count_other: '{{count}} Kunden',
  empty: 'Keine Kunden passen zu „{{query}}“.',
  column: {
    customer: 'Kunde',
    type: 'Art',
    orders: 'Bestellungen',
    spent: 'Umsatz gesamt',
    average: 'Durchschnitt',
    first: 'Erste Bestellung',
    last: 'Letzte Bestellung',
    cancelled: 'Storniert',
    refunded: 'Erstattet',
  },
  stats: {
    guest: 'Gastbestellung: keine Kundenhistorie.',
    notSynced: 'Kundenhistorie noch nicht synchronisiert.',
    orders: 'Bestellungen',
    spent: 'Umsatz gesamt',
    average: 'Durchschnittlicher Bestellwert',
    first: 'Erste Bestellung',
    last: 'Letzte Bestellung',
    cancelled: 'Storniert',
    refunded: 'Erstattet',
  },
} satisfies Messages<typeof en>;
