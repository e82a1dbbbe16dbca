import { z } from 'zod';
import type { Order, OrderItem } from '../schemas/order';
import { csvDialects } from './csv';
import type { CellFormat, ExportCell, ExportTable, MoneyCell } from './export-table';
import { defaultStoreTimeZone, storeDate } from '../dates/store-date';

interface Column<Row> {
  label: string;
  format: CellFormat;
  value: (row: Row) => ExportCell;
}

const money = (minor: number, currency: string): MoneyCell => ({ minor, currency });

const date = (value: string | null): Date | null => (value ? new Date(value) : null);

export const orderExportColumns = {
  number: { label: 'Order number', format: 'text', value: (o) => o.number },
  createdAt: { label: 'Created', format: 'date', value: (o) => date(o.createdAt) },
  status: { label: 'Status', format: 'text', value: (o) => o.status },
  paymentStatus: { label: 'Payment', format: 'text', value: (o) => o.paymentStatus },
  fulfillmentStatus: { label: 'Fulfillment', format: 'text', value: (o) => o.fulfillmentStatus },
  channel: { label: 'Channel', format: 'text', value: (o) => o.channel },
  marketplace: { label: 'Marketplace', format: 'text', value: (o) => o.marketplace },
  customerName: { label: 'Customer', format: 'text', value: (o) => o.customer.name },
  customerEmail: { label: 'E-mail', format: 'text', value: (o) => o.customer.email },
  country: { label: 'Country', format: 'text', value: (o) => o.shippingAddress.country },
  city: { label: 'City', format: 'text', value: (o) => o.shippingAddress.city },
  currency: { label: 'Currency', format: 'text', value: (o) => o.currency },
  net: { label: 'Net', format: 'money', value: (o) => money(o.totals.net, o.currency) },
  vat: { label: 'VAT', format: 'money', value: (o) => money(o.totals.vat, o.currency) },
  gross: { label: 'Gross', format: 'money', value: (o) => money(o.totals.gross, o.currency) },
  shippingCost: { label: 'Shipping', format: 'money', value: (o) => money(o.shippingCost, o.currency) },
  itemCount: {
    label: 'Units',
    format: 'integer',
    value: (o) => o.items.reduce((sum, item) => sum + item.quantity, 0),
  },
  tags: { label: 'Tags', format: 'text', value: (o) => o.tags.join(', ') },
  tracking: {
    label: 'Tracking',
    format: 'text',
    value: (o) => o.shipments.map((s) => s.trackingNumber).join(', '),
  },
  vatTreatment: { label: 'VAT treatment', format: 'text', value: (o) => o.vatTreatment },
  updatedAt: { label: 'Updated', format: 'date', value: (o) => date(o.updatedAt) },
} satisfies Record<string, Column<Order>>;
export type OrderExportColumn = keyof typeof orderExportColumns;

type LineRow = { order: Order; item: OrderItem };

export const lineExportColumns = {
  number: { label: 'Order number', format: 'text', value: (r) => r.order.number },
  createdAt: { label: 'Created', format: 'date', value: (r) => date(r.order.createdAt) },
  status: { label: 'Status', format: 'text', value: (r) => r.order.status },
  customerName: { label: 'Customer', format: 'text', value: (r) => r.order.customer.name },
  country: { label: 'Country', format: 'text', value: (r) => r.order.shippingAddress.country },
  currency: { label: 'Currency', format: 'text', value: (r) => r.order.currency },
  sku: { label: 'SKU', format: 'text', value: (r) => r.item.product.sku ?? null },
  gtin: { label: 'GTIN', format: 'text', value: (r) => r.item.product.gtin ?? null },
  product: { label: 'Product', format: 'text', value: (r) => r.item.product.name },
  quantity: { label: 'Quantity', format: 'integer', value: (r) => r.item.quantity },
  quantityShipped: { label: 'Shipped', format: 'integer', value: (r) => r.item.quantityShipped },
  unitPriceNet: {
    label: 'Unit price (net)',
    format: 'money',
    value: (r) => money(r.item.product.unitPriceNet, r.order.currency),
  },
  vatRate: { label: 'VAT rate %', format: 'percent', value: (r) => r.item.product.vatRate },
  lineNet: { label: 'Line net', format: 'money', value: (r) => money(r.item.lineNet, r.order.currency) },
  lineVat: { label: 'Line VAT', format: 'money', value: (r) => money(r.item.lineVat, r.order.currency) },
  lineGross: {
    label: 'Line gross',
    format: 'money',
    value: (r) => money(r.item.lineGross, r.order.currency),
  },
} satisfies Record<string, Column<LineRow>>;
export type LineExportColumn = keyof typeof lineExportColumns;

export const defaultOrderColumns: OrderExportColumn[] = [
  'number',
  'createdAt',
  'status',
  'paymentStatus',
  'fulfillmentStatus',
  'customerName',
  'customerEmail',
  'country',
  'currency',
  'net',
  'vat',
  'gross',
  'tags',
];
export const defaultLineColumns: LineExportColumn[] = [
  'number',
  'createdAt',
  'sku',
  'gtin',
  'product',
  'quantity',
  'unitPriceNet',
  'vatRate',
  'lineNet',
  'lineVat',
  'lineGross',
];

/** What to export: orders or their lines, which columns, which format (and CSV dialect). */
export const exportOptionsSchema = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  /** CSV only: `excel-de` = semicolon, decimal comma (German Excel); `rfc4180` = comma, decimal point. */
  dialect: z.enum(csvDialects).default('rfc4180'),
  lines: z.stringbool().default(false),
  /** Comma-separated column keys; unknown keys are a 400. Empty: the default columns. */
  columns: z.string().max(1000).optional(),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

/** Splits and checks a column list against the orders or lines columns; returns the unknown ones too. */
export function resolveColumns(
  lines: boolean,
  columns: string | readonly string[] | undefined,
): { keys: string[]; unknown: string[] } {
  const list = (typeof columns === 'string' ? columns.split(',') : (columns ?? []))
    .map((key) => key.trim())
    .filter(Boolean);
  const known: Record<string, unknown> = lines ? lineExportColumns : orderExportColumns;
  if (list.length === 0)
    return { keys: lines ? [...defaultLineColumns] : [...defaultOrderColumns], unknown: [] };
  return {
    keys: list.filter((key) => Object.hasOwn(known, key)),
    unknown: list.filter((key) => !Object.hasOwn(known, key)),
  };
}

/** The export table of orders (one row per order) or of order lines (one row per item). */
export function buildOrderExportTable(
  orders: readonly Order[],
  lines: boolean,
  keys: readonly string[],
): ExportTable {
  if (lines) {
    const columns = keys.flatMap((key) =>
      Object.hasOwn(lineExportColumns, key)
        ? [lineExportColumns[key as LineExportColumn] as Column<LineRow>]
        : [],
    );
    const rows = orders.flatMap((order) =>
      order.items.map((item) => columns.map((column) => column.value({ order, item }))),
    );
    return { headers: columns.map((c) => c.label), formats: columns.map((c) => c.format), rows };
  }
  const columns = keys.flatMap((key) =>
    Object.hasOwn(orderExportColumns, key)
      ? [orderExportColumns[key as OrderExportColumn] as Column<Order>]
      : [],
  );
  return {
    headers: columns.map((c) => c.label),
    formats: columns.map((c) => c.format),
    rows: orders.map((order) => columns.map((column) => column.value(order))),
  };
}

/** A dated file name such as `orders-2026-11-26.xlsx`. */
export function exportFileName(
  lines: boolean,
  format: 'csv' | 'xlsx',
  now: Date,
  timeZone: string = defaultStoreTimeZone,
): string {
  return `${lines ? 'order-lines' : 'orders'}-${storeDate(now, timeZone)}.${format}`;
}
