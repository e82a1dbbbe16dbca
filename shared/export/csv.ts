/** A cell of an export table: text, a number, a date (written as an ISO date-time), or empty. */
export type ExportCell = string | number | Date | null;

/** How a column is shown in a spreadsheet (money is already in major units, e.g. 12.5 for €12.50). */
export type CellFormat = 'text' | 'integer' | 'money' | 'date';

/** A table ready to be serialised: a header row and data rows of the same width. */
export interface ExportTable {
  headers: readonly string[];
  formats: readonly CellFormat[];
  rows: readonly (readonly ExportCell[])[];
}

const BOM = '\uFEFF';

function csvField(cell: ExportCell): string {
  if (cell === null) return '';
  const text = cell instanceof Date ? cell.toISOString() : typeof cell === 'number' ? String(cell) : cell;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF, quoted where needed), UTF-8 with a BOM so spreadsheets read accents right. */
export function toCsv(table: ExportTable): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CR/LF inside quotes); a leading BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
