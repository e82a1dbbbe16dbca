import { useMemo, useState } from 'react';
import { formatMoney } from '../../../../shared/money';
import { useInvoices } from './invoice-hooks';
import { InvoiceRowActions } from './invoice-row-actions';
import { BulkPrintButton } from './bulk-print-button';

/** Every invoice and credit note on this workstation, searchable; the listed (or ticked) ones print as one PDF. */
export function InvoicesPage() {
  const rows = useInvoices();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q.length === 0
      ? rows
      : rows.filter(({ invoice }) =>
          `${invoice.number} ${invoice.orderNumber} ${invoice.buyer.name}`.toLowerCase().includes(q),
        );
  }, [rows, query]);
  const toPrint = selected.size > 0 ? filtered.filter((row) => selected.has(row.invoice.id)) : filtered;
  const toggle = (id: string): void =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <section className="page">
      <h2>Invoices</h2>
      <div className="actions">
        <input
          type="search"
          placeholder="Number, order, customer"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-label="Search invoices"
        />
        <BulkPrintButton
          invoices={toPrint.map((row) => row.invoice)}
          label={selected.size > 0 ? 'Print selected' : 'Print listed'}
        />
      </div>
      {filtered.length === 0 ? (
        <p className="muted">No invoices on this workstation yet.</p>
      ) : (
        <table data-testid="invoices-table">
          <thead>
            <tr>
              <th />
              <th>Number</th>
              <th>Order</th>
              <th>Customer</th>
              <th>Issued</th>
              <th>VAT</th>
              <th className="num">Total</th>
              <th>State</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {filtered.map(({ invoice, synced }) => (
              <tr key={invoice.id}>
                <td>
                  <input
                    type="checkbox"
                    checked={selected.has(invoice.id)}
                    onChange={() => toggle(invoice.id)}
                    aria-label={`Select ${invoice.number}`}
                  />
                </td>
                <td>{invoice.kind === 'credit_note' ? `${invoice.number} (credit note)` : invoice.number}</td>
                <td>
                  <a href={`#/orders/${invoice.orderId}`}>#{invoice.orderNumber}</a>
                </td>
                <td>{invoice.buyer.name}</td>
                <td>{invoice.issueDate}</td>
                <td>{invoice.vatTreatment.replace(/_/g, ' ')}</td>
                <td className="num">{formatMoney(invoice.totals.gross, invoice.currency)}</td>
                <td>{synced ? 'Synced' : 'Waiting to sync'}</td>
                <td>
                  <InvoiceRowActions invoice={invoice} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
