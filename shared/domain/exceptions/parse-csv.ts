/** One CSV record with its 1-based record number (the header is record 1, as a spreadsheet shows it). */
export interface CsvRecord {
  row: number;
  fields: string[];
}

export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; row: number; message: string };

interface CsvState {
  records: CsvRecord[];
  fields: string[];
  field: string;
  row: number;
}

/**
 * Parses RFC 4180 CSV: comma-separated, fields optionally double-quoted with "" as an escaped quote,
 * CRLF or LF line ends (also inside quotes), a leading UTF-8 BOM tolerated, blank lines skipped.
 */
export function parseCsv(text: string): CsvParseResult {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const state: CsvState = { records: [], fields: [], field: '', row: 1 };
  let i = 0;
  while (i < input.length) {
    const char = input[i];
    if (char === '"' && state.field === '') {
      const end = readQuoted(input, i + 1);
      if (end === null) return { ok: false, row: state.row, message: 'Unterminated quoted field' };
      state.field = end.value;
      i = end.next;
      const after = input[i];
      if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r') {
        return { ok: false, row: state.row, message: 'Unexpected character after a closing quote' };
      }
      continue;
    }
    if (char === '"') return { ok: false, row: state.row, message: 'Quote inside an unquoted field' };
    if (char === ',') {
      state.fields.push(state.field);
      state.field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i += 1;
      endRecord(state);
    } else {
      state.field += char;
    }
    i += 1;
  }
  endRecord(state);
  return { ok: true, records: state.records };
}

function readQuoted(input: string, start: number): { value: string; next: number } | null {
  let value = '';
  let i = start;
  while (i < input.length) {
    const char = input[i];
    if (char === '"') {
      if (input[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      return { value, next: i + 1 };
    }
    value += char;
    i += 1;
  }
  return null;
}

function endRecord(state: CsvState): void {
  state.fields.push(state.field);
  const blank = state.fields.length === 1 && state.fields[0] === '';
  if (!blank) state.records.push({ row: state.row, fields: state.fields });
  state.fields = [];
  state.field = '';
  state.row += 1;
}
