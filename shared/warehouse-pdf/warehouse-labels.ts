/** Printed words of the warehouse documents, per document language (store setting, like invoices). */
const labels = {
  en: {
    packingSlip: 'Packing slip',
    order: 'Order',
    orderDate: 'Order date',
    shipTo: 'Ship to',
    from: 'From',
    shippingMethod: 'Shipping method',
    item: 'Item',
    sku: 'SKU',
    gtin: 'GTIN',
    quantity: 'Qty',
    shippedBefore: 'Shipped earlier',
    notes: 'Notes',
    giftMessage: 'Gift message',
    pickList: 'Pick list',
    location: 'Location',
    orders: 'Orders',
    noLocation: '—',
    totalUnits: 'Units to pick',
    picked: 'Picked',
    commandSheet: 'Pack station command barcodes',
    commandSheetHint: 'Scan a command at the pack screen instead of clicking.',
    pageOf: 'Page {page} of {pages}',
  },
  de: {
    packingSlip: 'Lieferschein',
    order: 'Bestellung',
    orderDate: 'Bestelldatum',
    shipTo: 'Lieferadresse',
    from: 'Absender',
    shippingMethod: 'Versandart',
    item: 'Artikel',
    sku: 'Art.-Nr.',
    gtin: 'GTIN',
    quantity: 'Menge',
    shippedBefore: 'Bereits versandt',
    notes: 'Hinweise',
    giftMessage: 'Geschenknachricht',
    pickList: 'Pickliste',
    location: 'Lagerplatz',
    orders: 'Bestellungen',
    noLocation: '—',
    totalUnits: 'Zu pickende Einheiten',
    picked: 'Gepickt',
    commandSheet: 'Befehls-Barcodes für den Packplatz',
    commandSheetHint: 'Am Packplatz einen Befehl scannen statt zu klicken.',
    pageOf: 'Seite {page} von {pages}',
  },
} as const satisfies Record<string, Record<string, string>>;

export type WarehouseLabels = Record<keyof (typeof labels)['en'], string>;

/** The labels for a BCP 47 language (`de`, `de-AT` → German; anything else → English). */
export function warehouseLabels(language: string | undefined): WarehouseLabels {
  return language?.toLowerCase().startsWith('de') ? labels.de : labels.en;
}
