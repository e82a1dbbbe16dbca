import Papa from 'papaparse';

/** One CSV record with its 1-based record number (the header is record 1, as a spreadsheet shows it). */
export interface CsvRecord {
  row: number;
  fields: string[];
}

export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; row: number; message: string };

/** Our wording of papaparse's quote errors (they reach the feed import's error list). */
const quoteErrorMessages: Record<string, string> = {
  MissingQuotes: 'Unterminated quoted field',
  InvalidQuotes: 'Unexpected character after a closing quote',
};

/**
 * Parses a comma-separated feed with papaparse: fields optionally double-quoted with "" as an
 * escaped quote, CRLF or LF line ends (the first one found is used throughout; also inside quotes),
 * a leading UTF-8 BOM tolerated, blank lines skipped but counted in the record numbers.
 * Malformed quoting (an unterminated quoted field, text after a closing quote) is an error; a quote
 * inside an unquoted field is kept as a character, as spreadsheets do.
 */
export function parseCsv(text: string): CsvParseResult {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(input, { delimiter: ',', skipEmptyLines: false });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    const message = quoteErrorMessages[quoteError.code] ?? quoteError.message;
    return { ok: false, row: (quoteError.row ?? 0) + 1, message };
  }
  const records = parsed.data
    .map((fields, index) => ({ row: index + 1, fields }))
    .filter(({ fields }) => !(fields.length === 1 && fields[0] === ''));
  return { ok: true, records };
}
