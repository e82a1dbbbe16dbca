import ExcelJS from 'exceljs';
import { currencyExponent, toMajorUnits } from '../money';
import { isMoneyCell, type CellFormat, type ExportCell, type ExportTable } from './export-table';

/** Excel number formats per column format (money gets its currency's decimals and code per cell). */
const numberFormats: Record<Exclude<CellFormat, 'money' | 'text'>, string> = {
  integer: '0',
  percent: '0.0#%',
  date: 'yyyy-mm-dd hh:mm:ss',
};

/** Excel's format for an amount of the currency: `#,##0.00 "EUR"`, `#,##0 "JPY"`, `#,##0.000 "BHD"`. */
export function moneyFormat(currency: string): string {
  const exponent = currencyExponent(currency);
  return `#,##0${exponent > 0 ? `.${'0'.repeat(exponent)}` : ''} "${currency}"`;
}

const MAX_COLUMN_WIDTH = 50;

/** Characters wide enough for the header and the longest value (dates and amounts have fixed widths). */
function columnWidth(table: ExportTable, column: number): number {
  const format = table.formats[column] ?? 'text';
  const header = table.headers[column]?.length ?? 0;
  if (format === 'date') return Math.max(header, 19) + 2;
  if (format !== 'text') return Math.max(header, 14) + 2;
  const longest = table.rows.reduce((max, row) => {
    const cell = row[column];
    return Math.max(max, typeof cell === 'string' ? cell.length : 0);
  }, header);
  return Math.min(longest, MAX_COLUMN_WIDTH) + 2;
}

function writeCell(target: ExcelJS.Cell, cell: ExportCell, format: CellFormat): void {
  if (cell === null) return;
  if (isMoneyCell(cell)) {
    target.value = toMajorUnits(cell.minor, cell.currency);
    target.numFmt = moneyFormat(cell.currency);
  } else if (typeof cell === 'number' && format === 'percent') {
    target.value = cell / 100;
    target.numFmt = numberFormats.percent;
  } else {
    target.value = cell;
    if (format !== 'text' && format !== 'money') target.numFmt = numberFormats[format];
  }
}

/**
 * A one-sheet XLSX workbook (exceljs): text as text (no formulas are ever written), numbers, money
 * with its currency format, VAT rates as percent, real date cells; a bold, frozen, filterable header
 * row and column widths that fit the content.
 */
export async function toXlsx(table: ExportTable, sheetName = 'Orders'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.headers.map((header, column) => ({
    header,
    width: columnWidth(table, column),
  }));
  sheet.getRow(1).font = { bold: true };
  table.rows.forEach((row, r) => {
    const target = sheet.getRow(r + 2);
    row.forEach((cell, c) => writeCell(target.getCell(c + 1), cell, table.formats[c] ?? 'text'));
  });
  if (table.headers.length > 0)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
