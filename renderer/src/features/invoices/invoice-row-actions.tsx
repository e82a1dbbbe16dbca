import { useState } from 'react';
import type { Invoice } from '../../../../shared/schemas/invoice';
import { renderEInvoicePdf } from '../../../../shared/einvoice/render-e-invoice-pdf';
import { useInvoiceSettings } from './invoice-hooks';
import { printPdf, savePdf } from './pdf-output';

/**
 * Print and Save PDF for one invoice: its Factur-X e-invoice (PDF/A-3 with factur-x.xml), rendered on
 * this workstation from its snapshot and the store's logo (works offline).
 */
export function InvoiceRowActions({ invoice }: { invoice: Invoice }) {
  const [error, setError] = useState<string | undefined>();
  const logo = useInvoiceSettings()?.logo ?? null;
  const run = (action: (bytes: Uint8Array) => Promise<void>): void => {
    setError(undefined);
    renderEInvoicePdf(invoice, { logo })
      .then(action)
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  };
  return (
    <span className="row-actions">
      <button type="button" onClick={() => run((bytes) => printPdf(bytes, invoice.number))}>
        Print
      </button>
      <button type="button" onClick={() => run((bytes) => savePdf(bytes, `${invoice.number}.pdf`))}>
        Save PDF
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
