/** The order list's export dialog (file column headers stay as the shared export defines them). */
const exportDialog = {
  title: 'Export',
  label: 'Export orders',
  filtered: 'All matching the filter',
  selection: 'Selected orders',
  perOrder: 'One row per order',
  perLine: 'One row per order line',
  csv: 'CSV',
  xlsx: 'Excel (XLSX)',
  comma: 'Comma, decimal point',
  excelDe: 'Excel (German): semicolon, decimal comma',
  columns: 'Columns',
  download: 'Download',
  close: 'Close',
  problem: {
    noSelection:
      'No orders are selected. Choose “All matching the filter” or select orders in the list first.',
    needColumn: 'Tick at least one column.',
  },
  column: {
    number: 'Order number',
    createdAt: 'Created',
    updatedAt: 'Updated',
    status: 'Status',
    paymentStatus: 'Payment',
    fulfillmentStatus: 'Fulfillment',
    channel: 'Channel',
    marketplace: 'Marketplace',
    customerName: 'Customer',
    customerEmail: 'E-mail',
    country: 'Country',
    city: 'City',
    currency: 'Currency',
    net: 'Net',
    vat: 'VAT',
    gross: 'Gross',
    shippingCost: 'Shipping',
    itemCount: 'Units',
    tags: 'Tags',
    tracking: 'Tracking',
    vatTreatment: 'VAT treatment',
    sku: 'SKU',
    gtin: 'GTIN',
    product: 'Product',
    quantity: 'Quantity',
    quantityShipped: 'Shipped',
    unitPriceNet: 'Unit price (net)',
    vatRate: 'VAT rate %',
    lineNet: 'Line net',
    lineVat: 'Line VAT',
    lineGross: 'Line gross',
  },
};
export default exportDialog;

declare module '../../namespaces' {
  interface Namespaces {
    export: typeof exportDialog;
  }
}
