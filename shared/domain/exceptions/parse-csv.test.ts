import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv } from './parse-csv';

function fieldsOf(text: string): string[][] {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result.records.map((record) => record.fields);
}

describe('parseCsv', () => {
  it('splits records and fields, CRLF and LF alike', () => {
    expect(fieldsOf('a,b\r\n1,2\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('handles quoted fields with commas, escaped quotes and line breaks', () => {
    expect(fieldsOf('"x, y","say ""hi""","two\r\nlines"\n')).toEqual([['x, y', 'say "hi"', 'two\r\nlines']]);
  });

  it('tolerates a UTF-8 BOM and skips blank lines', () => {
    expect(fieldsOf('\uFEFFa,b\n\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields', () => {
    expect(fieldsOf('a,,c\n,,')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  it('numbers records as a spreadsheet does (blank lines count)', () => {
    const result = parseCsv('h\n\nx\n');
    expect(result.ok && result.records.map((record) => record.row)).toEqual([1, 3]);
  });

  it.each([
    ['"open', 'Unterminated quoted field'],
    ['"a"b', 'Unexpected character after a closing quote'],
    ['a"b', 'Quote inside an unquoted field'],
  ])('rejects %j', (text, message) => {
    expect(parseCsv(text)).toEqual({ ok: false, row: 1, message });
  });

  it('round-trips any table written with RFC 4180 quoting', () => {
    const table = fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 5 }), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(table, (rows) => {
        const text = rows
          .map((row) => row.map((field) => `"${field.replaceAll('"', '""')}"`).join(','))
          .join('\r\n');
        expect(fieldsOf(text)).toEqual(rows);
      }),
    );
  });
});
