import { feedLimits } from '../../schemas/marketplace-feed';
import { validFeedOrderSchema } from './feed-validation';
import type { FeedOrder, MarketplaceFeed } from '../../schemas/marketplace-feed';
import { parseCsv } from './parse-csv';
import type { CsvRecord } from './parse-csv';

/** One problem in a CSV feed: the record number (header = 1), the column and what is wrong. */
export interface FeedCsvError {
  row: number;
  field: string;
  message: string;
  externalId?: string;
}

export interface FeedCsvResult {
  /** The orders without any error; an order with one bad row is left out entirely. */
  feed: MarketplaceFeed;
  errors: FeedCsvError[];
}

const addressParts = ['Name', 'Company', 'Line1', 'Line2', 'PostalCode', 'City', 'Country'] as const;
const orderColumns = [
  'externalId',
  'customerEmail',
  'customerName',
  'customerType',
  'customerVatNumber',
  ...addressParts.map((part) => `billing${part}`),
  ...addressParts.map((part) => `shipping${part}`),
  'currency',
  'createdAt',
  'shippingCost',
];
const itemColumns = ['gtin', 'title', 'quantity', 'unitPrice', 'vatRate'];
/** Columns of the CSV feed, one row per item; order columns may be left blank after an order's first row. */
export const feedCsvColumns: readonly string[] = [...orderColumns, ...itemColumns];
const requiredColumns = [
  'externalId',
  'customerEmail',
  'customerName',
  'billingName',
  'billingLine1',
  'billingPostalCode',
  'billingCity',
  'billingCountry',
  'gtin',
  'title',
  'quantity',
  'unitPrice',
];

type Row = { row: number; values: Map<string, string> };
interface OrderGroup {
  externalId: string;
  rows: Row[];
  fieldRow: Map<string, number>;
}

/**
 * Reads a CSV marketplace feed (one row per item, grouped into orders by externalId) into the JSON
 * feed shape. Amounts are integer minor units as in the JSON feed. Errors name row, column and reason.
 */
export function parseFeedCsv(text: string, marketplace: string): FeedCsvResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return emptyResult(marketplace, [{ row: parsed.row, field: '', message: parsed.message }]);
  const [header, ...data] = parsed.records;
  if (!header) return emptyResult(marketplace, [{ row: 1, field: '', message: 'The file is empty' }]);
  const headerErrors = checkHeader(header);
  if (headerErrors.length > 0) return emptyResult(marketplace, headerErrors);
  const columns = header.fields.map((name) => name.trim());
  const errors: FeedCsvError[] = [];
  const groups = groupRows(
    data.map((record) => toRow(record, columns)),
    errors,
  );
  if (groups.length > feedLimits.ordersPerFeed) {
    errors.push({ row: 1, field: '', message: `At most ${feedLimits.ordersPerFeed} orders per file` });
  }
  const orders: FeedOrder[] = [];
  for (const group of groups) {
    const orderErrors: FeedCsvError[] = [];
    const order = buildOrder(group, orderErrors);
    errors.push(...orderErrors);
    if (order && orderErrors.length === 0) orders.push(order);
  }
  return { feed: { marketplace, orders }, errors: errors.sort((a, b) => a.row - b.row) };
}

function emptyResult(marketplace: string, errors: FeedCsvError[]): FeedCsvResult {
  return { feed: { marketplace, orders: [] }, errors };
}

function checkHeader(header: CsvRecord): FeedCsvError[] {
  const names = header.fields.map((name) => name.trim());
  const errors: FeedCsvError[] = [];
  for (const name of names) {
    if (!feedCsvColumns.includes(name))
      errors.push({ row: 1, field: name, message: `Unknown column "${name}"` });
  }
  for (const name of requiredColumns) {
    if (!names.includes(name)) errors.push({ row: 1, field: name, message: `Missing column "${name}"` });
  }
  const duplicates = names.filter((name, index) => names.indexOf(name) !== index);
  for (const name of new Set(duplicates))
    errors.push({ row: 1, field: name, message: `Duplicate column "${name}"` });
  return errors;
}

function toRow(record: CsvRecord, columns: readonly string[]): Row {
  const values = new Map<string, string>();
  columns.forEach((column, index) => values.set(column, (record.fields[index] ?? '').trim()));
  return { row: record.row, values };
}

function groupRows(rows: readonly Row[], errors: FeedCsvError[]): OrderGroup[] {
  const groups = new Map<string, OrderGroup>();
  for (const row of rows) {
    const externalId = row.values.get('externalId') ?? '';
    if (externalId === '') {
      errors.push({ row: row.row, field: 'externalId', message: 'externalId is required on every row' });
      continue;
    }
    const group = groups.get(externalId) ?? { externalId, rows: [], fieldRow: new Map<string, number>() };
    group.rows.push(row);
    groups.set(externalId, group);
  }
  return [...groups.values()];
}

/** Order-level values: the first non-blank value of each column; a different later value is an error. */
function orderValues(group: OrderGroup, errors: FeedCsvError[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const row of group.rows) {
    for (const column of orderColumns) {
      const value = row.values.get(column) ?? '';
      if (value === '') continue;
      const first = values.get(column);
      if (first === undefined) {
        values.set(column, value);
        group.fieldRow.set(column, row.row);
      } else if (first !== value) {
        const message = `Differs from row ${group.fieldRow.get(column) ?? '?'} of the same order ("${first}")`;
        errors.push({ row: row.row, field: column, message, externalId: group.externalId });
      }
    }
  }
  return values;
}

function buildOrder(group: OrderGroup, errors: FeedCsvError[]): FeedOrder | null {
  const values = orderValues(group, errors);
  const fail = (row: number, field: string, message: string): void => {
    errors.push({ row, field, message, externalId: group.externalId });
  };
  const firstRow = group.rows[0]?.row ?? 0;
  const number = (
    column: string,
    row: number,
    raw: string | undefined,
    integer: boolean,
  ): number | undefined => parseNumber(raw, integer, (message) => fail(row, column, message));
  const shippingGiven = addressParts.some((part) => (values.get(`shipping${part}`) ?? '') !== '');
  const raw = {
    externalId: group.externalId,
    customer: pickDefined({
      email: values.get('customerEmail') ?? '',
      name: values.get('customerName') ?? '',
      type: values.get('customerType'),
      vatNumber: values.get('customerVatNumber'),
    }),
    billingAddress: address(values, 'billing'),
    shippingAddress: address(values, shippingGiven ? 'shipping' : 'billing'),
    ...pickDefined({ currency: values.get('currency'), createdAt: values.get('createdAt') }),
    ...pickDefined({
      shippingCost: number(
        'shippingCost',
        group.fieldRow.get('shippingCost') ?? firstRow,
        values.get('shippingCost'),
        true,
      ),
    }),
    items: group.rows.map((row) => ({
      gtin: row.values.get('gtin') ?? '',
      title: row.values.get('title') ?? '',
      quantity: number('quantity', row.row, row.values.get('quantity') || '', true),
      unitPrice: number('unitPrice', row.row, row.values.get('unitPrice') || '', true),
      ...pickDefined({ vatRate: number('vatRate', row.row, row.values.get('vatRate') || undefined, false) }),
    })),
  };
  return validateOrder(raw, group, shippingGiven, errors);
}

function validateOrder(
  raw: unknown,
  group: OrderGroup,
  shippingGiven: boolean,
  errors: FeedCsvError[],
): FeedOrder | null {
  const result = validFeedOrderSchema.safeParse(raw);
  if (result.success) return result.data;
  const reported = new Set(errors.map((error) => `${error.row}:${error.field}`));
  for (const issue of result.error.issues) {
    const located = locateIssue(issue.path, group, shippingGiven);
    if (!located || reported.has(`${located.row}:${located.field}`)) continue;
    reported.add(`${located.row}:${located.field}`);
    errors.push({ ...located, message: issue.message, externalId: group.externalId });
  }
  return null;
}

/** Maps a zod path of the feed order back to the CSV row and column it came from. */
function locateIssue(
  path: readonly PropertyKey[],
  group: OrderGroup,
  shippingGiven: boolean,
): { row: number; field: string } | null {
  const [head, second, third] = path;
  const firstRow = group.rows[0]?.row ?? 0;
  if (head === 'items' && typeof second === 'number') {
    const row = group.rows[second]?.row ?? firstRow;
    return { row, field: typeof third === 'string' ? third : 'items' };
  }
  if (head === 'items') return { row: firstRow, field: 'items' };
  let field = String(head);
  if (head === 'customer') field = `customer${capitalize(String(second ?? ''))}`;
  if (head === 'billingAddress' || head === 'shippingAddress') {
    if (head === 'shippingAddress' && !shippingGiven) return null;
    field = `${head === 'billingAddress' ? 'billing' : 'shipping'}${capitalize(String(second ?? ''))}`;
  }
  return { row: group.fieldRow.get(field) ?? firstRow, field };
}

function address(values: Map<string, string>, prefix: 'billing' | 'shipping'): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of addressParts) {
    const value = values.get(`${prefix}${part}`) ?? '';
    const optional = part === 'Company' || part === 'Line2';
    if (value !== '' || !optional) result[part.charAt(0).toLowerCase() + part.slice(1)] = value;
  }
  return result;
}

function parseNumber(
  raw: string | undefined,
  integer: boolean,
  fail: (message: string) => void,
): number | undefined {
  if (raw === undefined || raw === '') {
    if (raw === '') fail('Required');
    return undefined;
  }
  const pattern = integer ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
  if (!pattern.test(raw)) {
    fail(
      integer
        ? `"${raw}" is not a whole number (amounts are minor units, e.g. 1250 for 12.50)`
        : `"${raw}" is not a number`,
    );
    return undefined;
  }
  return Number(raw);
}

function pickDefined<T extends Record<string, unknown>>(
  value: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const result: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== undefined) result[key] = entry;
  return result as { [K in keyof T]?: Exclude<T[K], undefined> };
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
