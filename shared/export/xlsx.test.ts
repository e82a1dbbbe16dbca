import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { makeTestOrder } from '../domain/order/order-test-fixtures';
import { buildOrderExportTable } from './order-export';
import { moneyFormat, toXlsx } from './xlsx';

async function openSheet(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('XLSX export (read back with exceljs)', () => {
  it('writes text, dates, money with its currency format and integers as typed cells', async () => {
    const orders = [
      makeTestOrder(1, { customer: { ...makeTestOrder(1).customer, name: '=HYPERLINK("x")' } }),
      makeTestOrder(2, { currency: 'JPY' }),
    ];
    const table = buildOrderExportTable(orders, false, [
      'number',
      'createdAt',
      'gross',
      'itemCount',
      'customerName',
    ]);
    const sheet = await openSheet(await toXlsx(table));
    expect(sheet.name).toBe('Orders');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Order number',
      'Created',
      'Gross',
      'Units',
      'Customer',
    ]);
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A2').value).toBe('1001');
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell('B2').value).toEqual(new Date('2026-11-01T01:00:00.000Z'));
    expect(sheet.getCell('B2').numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('C2').value).toBe((orders[0]?.totals.gross ?? 0) / 100);
    expect(sheet.getCell('C2').numFmt).toBe('#,##0.00 "EUR"');
    expect(sheet.getCell('C3').value).toBe(orders[1]?.totals.gross);
    expect(sheet.getCell('C3').numFmt).toBe('#,##0 "JPY"');
    expect(sheet.getCell('D2').value).toBe(2);
    expect(sheet.getCell('D2').numFmt).toBe('0');
    // text that looks like a formula stays text: no formula cell is ever written
    expect(sheet.getCell('E2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('E2').value).toBe('=HYPERLINK("x")');
  });

  it('shows VAT rates as percent with decimals, freezes the header row and sizes the columns', async () => {
    const reduced = makeTestOrder(3);
    reduced.items[0]!.product.vatRate = 5.5;
    const table = buildOrderExportTable([reduced, makeTestOrder(4)], true, ['number', 'product', 'vatRate']);
    const sheet = await openSheet(await toXlsx(table, 'Order lines'));
    expect(sheet.name).toBe('Order lines');
    expect(sheet.getCell('C2').value).toBe(0.055);
    expect(sheet.getCell('C2').numFmt).toBe('0.0#%');
    expect(sheet.getCell('C3').value).toBe(0.19);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual('Tent “Ålpine”'.length);
  });

  it('formats each currency with its ISO 4217 decimals', () => {
    expect(moneyFormat('EUR')).toBe('#,##0.00 "EUR"');
    expect(moneyFormat('JPY')).toBe('#,##0 "JPY"');
    expect(moneyFormat('KWD')).toBe('#,##0.000 "KWD"');
  });
});
