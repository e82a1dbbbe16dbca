import { describe, expect, it } from 'vitest';
import { filterInvoices, hasSelection, invoicesToPrint } from './invoice-list';

const row = (id: string, number: string, orderNumber: string, name: string) => ({
  invoice: { id, number, orderNumber, buyer: { name } },
});

const rows = [
  row('a', 'INV-2026-0002', '1043', 'Müller GmbH'),
  row('b', 'INV-2026-0001', '1042', 'Anna Schmidt'),
  row('c', 'CN-2026-0001', '1042', 'Anna Schmidt'),
];

describe('invoice list', () => {
  it('finds by invoice number, order number or buyer name, in any case, keeping the order', () => {
    expect(filterInvoices(rows, '').map((r) => r.invoice.id)).toEqual(['a', 'b', 'c']);
    expect(filterInvoices(rows, '  müller ').map((r) => r.invoice.id)).toEqual(['a']);
    expect(filterInvoices(rows, '1042').map((r) => r.invoice.id)).toEqual(['b', 'c']);
    expect(filterInvoices(rows, 'cn-2026').map((r) => r.invoice.id)).toEqual(['c']);
    expect(filterInvoices(rows, 'nobody')).toEqual([]);
  });

  it('prints every listed invoice while none is ticked', () => {
    expect(hasSelection({})).toBe(false);
    expect(hasSelection({ a: false })).toBe(false);
    expect(invoicesToPrint(rows, {}).map((r) => r.invoice.id)).toEqual(['a', 'b', 'c']);
  });

  it('prints only the ticked invoices among the listed ones', () => {
    expect(invoicesToPrint(rows, { c: true, a: true }).map((r) => r.invoice.id)).toEqual(['a', 'c']);
    // a ticked invoice the search hides is not printed, and the others are not printed instead
    const listed = filterInvoices(rows, '1042');
    expect(hasSelection({ a: true })).toBe(true);
    expect(invoicesToPrint(listed, { a: true })).toEqual([]);
  });
});
