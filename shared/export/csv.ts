import Papa from 'papaparse';
import { formatMajorUnits } from '../money';
import { isMoneyCell, type ExportCell, type ExportTable } from './export-table';
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { defaultStoreTimeZone } from '../dates/store-date';

/**
 * `rfc4180`: comma, decimal point, ISO 8601 date-times (for programs).
 * `excel-de`: what a German Excel opens with a double click: semicolon, decimal comma,
 * date-times as `yyyy-mm-dd hh:mm:ss` (UTC). Both: UTF-8 with a BOM, CRLF, RFC 4180 quoting.
 */
export const csvDialects = ['rfc4180', 'excel-de'] as const;
export type CsvDialect = (typeof csvDialects)[number];

const BOM = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises text a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `-1`, `@SUM`,
 * a leading tab or CR) by prefixing `'`, as OWASP recommends. Only text cells: amounts and
 * quantities are written from numbers, so a negative number stays a number.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function decimal(text: string, dialect: CsvDialect): string {
  return dialect === 'excel-de' ? text.replace('.', ',') : text;
}

function csvCell(cell: ExportCell, dialect: CsvDialect, timeZone: string): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return neutraliseFormula(cell);
  if (typeof cell === 'number') return decimal(String(cell), dialect);
  if (isMoneyCell(cell)) return decimal(formatMajorUnits(cell.minor, cell.currency), dialect);
  // German Excel reads `yyyy-mm-dd hh:mm:ss` as a date-time without a zone: the store's local time
  return dialect === 'excel-de'
    ? format(cell, 'yyyy-MM-dd HH:mm:ss', { in: tz(timeZone) })
    : cell.toISOString();
}

/**
 * The table as CSV text in the dialect (papaparse writes the quoting); date-times are ISO 8601 UTC in
 * `rfc4180` and the store's local time (`timeZone`) in `excel-de`.
 */
export function toCsv(
  table: ExportTable,
  dialect: CsvDialect = 'rfc4180',
  timeZone: string = defaultStoreTimeZone,
): string {
  const rows = [table.headers, ...table.rows].map((row) =>
    row.map((cell) => csvCell(cell, dialect, timeZone)),
  );
  const body = Papa.unparse(rows, {
    delimiter: dialect === 'excel-de' ? ';' : ',',
    newline: '\r\n',
    header: false,
  });
  return `${BOM}${body}\r\n`;
}

/**
 * Reads CSV (papaparse): the delimiter is detected (comma, semicolon, tab, pipe), a leading BOM is
 * dropped, blank lines are skipped. Lenient: malformed quoting is read as well as it can be.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  return Papa.parse<string[]>(source, { skipEmptyLines: true }).data;
}
