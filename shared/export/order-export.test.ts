import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { makeTestOrder } from '../domain/order/order-test-fixtures';
import { parseCsv, toCsv } from './csv';
import { toXlsx, excelSerial, columnLetter } from './xlsx';
import { buildOrderExportTable, resolveColumns } from './order-export';

const orders = [makeTestOrder(1, { tags: ['a,b', 'say "hi"'], notes: 'x' }), makeTestOrder(2)];

describe('CSV export', () => {
  it('writes UTF-8 with BOM, RFC 4180 quoting and ISO dates, and parses back', () => {
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
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['Order number', 'Created', 'Customer', 'Gross', 'Tags']);
    expect(rows[1]).toEqual([
      '1001',
      '2026-11-01T01:00:00.000Z',
      'Jörg Müller',
      String((orders[0]?.totals.gross ?? 0) / 100),
      'a,b, say "hi"',
    ]);
    expect(rows).toHaveLength(3);
  });

  it('exports one row per order line', () => {
    const { keys } = resolveColumns(true, undefined);
    const rows = parseCsv(toCsv(buildOrderExportTable(orders, true, keys)));
    expect(rows).toHaveLength(3);
    expect(rows[1]?.[keys.indexOf('unitPriceNet')]).toBe('100.5');
    expect(resolveColumns(false, 'number,bogus').unknown).toEqual(['bogus']);
  });
});

describe('XLSX export', () => {
  it('is a valid package whose sheet has numbers, money with 2 decimals and real date cells', () => {
    const table = buildOrderExportTable(orders, false, [
      'number',
      'createdAt',
      'gross',
      'itemCount',
      'customerName',
    ]);
    const files = unzipSync(toXlsx(table));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
        'xl/styles.xml',
      ]),
    );
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    const styles = strFromU8(files['xl/styles.xml'] ?? new Uint8Array());
    expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">1001</t></is></c>');
    expect(sheet).toContain(
      `<c r="B2" s="1"><v>${excelSerial(new Date('2026-11-01T01:00:00.000Z'))}</v></c>`,
    );
    expect(sheet).toContain(`<c r="C2" s="2"><v>${(orders[0]?.totals.gross ?? 0) / 100}</v></c>`);
    expect(sheet).toContain('<c r="D2" s="3"><v>2</v></c>');
    expect(sheet).toContain('Jörg Müller');
    expect(styles).toContain('numFmtId="4"');
    expect(styles).toContain('formatCode="yyyy-mm-dd hh:mm:ss"');
  });

  it('computes Excel serial dates and column letters', () => {
    expect(excelSerial(new Date('1900-03-01T00:00:00Z'))).toBe(61);
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(27)).toBe('AB');
  });
});
