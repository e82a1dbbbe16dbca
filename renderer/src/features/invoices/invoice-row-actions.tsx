import { useState } from 'react';
import type { Invoice } from '../../../../shared/schemas/invoice';
import { renderEInvoicePdf } from '../../../../shared/einvoice/render-e-invoice-pdf';
import { useInvoiceSettings } from './invoice-hooks';
import { printPdf, savePdf } from './pdf-output';
import { useT } from '../../i18n/use-t';

/**
 * Print and Save PDF for one invoice: its Factur-X e-invoice (PDF/A-3 with factur-x.xml), rendered on
 * this workstation from its snapshot and the store's logo (works offline).
 */
export function InvoiceRowActions({ invoice }: { invoice: Invoice }) {
  const t = useT('invoices');
  const [error, setError] = useState<string | undefined>();
  const logo = useInvoiceSettings()?.logo ?? null;
  const run = (action: (bytes: Uint8Array) => Promise<void>): void => {
    setError(undefined);
    renderEInvoicePdf(invoice, { logo })
      .then(action)
      .catch(() => setError(t('printFailed')));
  };
  return (
    <span className="row-actions">
      <button type="button" onClick={() => run((bytes) => printPdf(bytes, invoice.number))}>
        {t('print')}
      </button>
      <button type="button" onClick={() => run((bytes) => savePdf(bytes, `${invoice.number}.pdf`))}>
        {t('savePdf')}
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
