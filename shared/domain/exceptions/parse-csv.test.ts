import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv } from './parse-csv';

function fieldsOf(text: string): string[][] {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result.records.map((record) => record.fields);
}

describe('parseCsv', () => {
  it('splits records and fields, CRLF or LF', () => {
    const expected = [
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ];
    expect(fieldsOf('a,b\r\n1,2\r\n3,4')).toEqual(expected);
    expect(fieldsOf('a,b\n1,2\n3,4\n')).toEqual(expected);
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
    ['"open', 1, 'Unterminated quoted field'],
    ['a,b\n"x"y,z', 2, 'Unexpected character after a closing quote'],
  ])('rejects %j at its record', (text, row, message) => {
    expect(parseCsv(text)).toEqual({ ok: false, row, message });
  });

  it('keeps a quote inside an unquoted field as a character', () => {
    expect(fieldsOf('a"b,c')).toEqual([['a"b', 'c']]);
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
