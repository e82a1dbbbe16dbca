import { describe, expect, it } from 'vitest';
import { safeFileName } from './safe-file-name';

describe('safeFileName', () => {
  it('keeps a plain name and adds the extension of the kind', () => {
    expect(safeFileName('invoice-2025-0001', 'pdf')).toBe('invoice-2025-0001.pdf');
  });

  it('does not double an extension that is already there, whatever its case', () => {
    expect(safeFileName('orders.CSV', 'csv')).toBe('orders.csv');
  });

  it('drops directory parts so the renderer cannot pick the folder', () => {
    expect(safeFileName('../../etc/passwd', 'csv')).toBe('passwd.csv');
    expect(safeFileName('C:\\Windows\\evil', 'xlsx')).toBe('evil.xlsx');
  });

  it('replaces characters that are invalid in file names', () => {
    expect(safeFileName('a<b>:c"d|e?f*\u0001', 'pdf')).toBe('a_b__c_d_e_f__.pdf');
  });

  it('falls back to a default name when nothing usable is left', () => {
    expect(safeFileName('...', 'pdf')).toBe('export.pdf');
    expect(safeFileName('dir/', 'xlsx')).toBe('export.xlsx');
  });
});
