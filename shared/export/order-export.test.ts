import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { makeTestOrder } from '../domain/order/order-test-fixtures';
import type { Order } from '../schemas/order';
import { neutraliseFormula, parseCsv, toCsv } from './csv';
import { buildOrderExportTable, exportFileName, resolveColumns } from './order-export';

/** The store-local `yyyy-MM-dd HH:mm:ss` of an instant, by Intl (not the library under test). */
function storeDateTimeSeconds(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(
    new Date(iso),
  );
}

const orders = [makeTestOrder(1, { tags: ['a,b', 'say "hi"'], notes: 'x' }), makeTestOrder(2)];
const attacker = makeTestOrder(3, {
  customer: { ...orders[0]!.customer, name: '=HYPERLINK("http://evil.test","click")' },
  tags: ['-2+3', '@SUM(A1)'],
});

/** The gross total as the CSV writes it for a 2-decimal currency, computed here independently. */
const grossText = (order: Order): string => (order.totals.gross / 100).toFixed(2);

/** Reads CSV with csv-parse, a different parser than the writer (papaparse). */
function readBack(csv: string, delimiter = ','): string[][] {
  return parse(csv, { bom: true, delimiter, relax_column_count: false });
}

describe('CSV export', () => {
  it('writes UTF-8 with BOM, CRLF, RFC 4180 quoting and ISO dates that another parser reads back', () => {
    const table = buildOrderExportTable(orders, false, [
      'number',
      'createdAt',
      'customerName',
      'gross',
      'tags',
    ]);
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = readBack(csv);
    expect(rows[0]).toEqual(['Order number', 'Created', 'Customer', 'Gross', 'Tags']);
    expect(rows[1]).toEqual([
      '1001',
      '2026-11-01T01:00:00.000Z',
      'Jörg Müller',
      grossText(orders[0]!),
      'a,b, say "hi"',
    ]);
    expect(rows).toHaveLength(3);
    expect(parseCsv(csv)).toEqual(rows);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = toCsv(buildOrderExportTable([attacker], false, ['customerName', 'tags', 'gross']));
    const [, row] = readBack(csv);
    expect(row).toEqual(['\'=HYPERLINK("http://evil.test","click")', "'-2+3, @SUM(A1)", grossText(attacker)]);
    expect(['=1', '+1', '-1', '@A', '\tx', '\rx', 'ok', '1-2'].map(neutraliseFormula)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@A",
      "'\tx",
      "'\rx",
      'ok',
      '1-2',
    ]);
  });

  it('keeps negative amounts numeric (they are written from numbers, not text)', () => {
    const table = {
      headers: ['Refund'],
      formats: ['money' as const],
      rows: [[{ minor: -1250, currency: 'EUR' }]],
    };
    expect(readBack(toCsv(table))[1]).toEqual(['-12.50']);
  });

  it('writes the German Excel dialect: semicolon, decimal comma, BOM, dates Excel recognises', () => {
    const { keys } = resolveColumns(true, 'number,createdAt,product,unitPriceNet,vatRate');
    const reduced = makeTestOrder(4);
    reduced.items[0]!.product.vatRate = 5.5;
    const csv = toCsv(buildOrderExportTable([reduced], true, keys), 'excel-de');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = readBack(csv, ';');
    expect(rows[0]).toEqual(['Order number', 'Created', 'Product', 'Unit price (net)', 'VAT rate %']);
    expect(rows[1]).toEqual([
      '1004',
      storeDateTimeSeconds(reduced.createdAt, 'Europe/Berlin'),
      'Tent “Ålpine”',
      '100,50',
      '5,5',
    ]);
  });

  it('writes date-times in the store’s local time in the German Excel dialect, UTC in RFC 4180', () => {
    const { keys } = resolveColumns(false, 'number,createdAt');
    const late = makeTestOrder(7, { createdAt: '2026-12-31T23:30:00.000Z' });
    const table = buildOrderExportTable([late], false, keys);
    expect(readBack(toCsv(table, 'excel-de', 'Europe/Berlin'), ';')[1]).toEqual([
      '1007',
      '2027-01-01 00:30:00',
    ]);
    expect(readBack(toCsv(table, 'excel-de', 'America/New_York'), ';')[1]).toEqual([
      '1007',
      '2026-12-31 18:30:00',
    ]);
    expect(readBack(toCsv(table))[1]).toEqual(['1007', '2026-12-31T23:30:00.000Z']);
    expect(exportFileName(false, 'csv', new Date('2026-12-31T23:30:00.000Z'), 'Europe/Berlin')).toBe(
      'orders-2027-01-01.csv',
    );
  });

  it('writes each currency with its own decimals', () => {
    const yen = makeTestOrder(5, { currency: 'JPY' });
    const dinar = makeTestOrder(6, { currency: 'BHD' });
    const rows = readBack(toCsv(buildOrderExportTable([yen, dinar], false, ['currency', 'gross'])));
    expect(rows.slice(1)).toEqual([
      ['JPY', String(yen.totals.gross)],
      ['BHD', (dinar.totals.gross / 1000).toFixed(3)],
    ]);
  });

  it('exports one row per order line and reports unknown columns', () => {
    const { keys } = resolveColumns(true, undefined);
    const rows = readBack(toCsv(buildOrderExportTable(orders, true, keys)));
    expect(rows).toHaveLength(3);
    expect(rows[1]?.[keys.indexOf('unitPriceNet')]).toBe('100.50');
    expect(rows[1]?.[keys.indexOf('vatRate')]).toBe('19');
    expect(resolveColumns(false, 'number,bogus').unknown).toEqual(['bogus']);
  });
});

describe('parseCsv', () => {
  it('detects semicolons, drops the BOM and blank lines, keeps quoted line breaks', () => {
    expect(parseCsv('\uFEFFa;b\r\n\r\n"x\r\ny";"1;2"\r\n')).toEqual([
      ['a', 'b'],
      ['x\r\ny', '1;2'],
    ]);
  });
});
