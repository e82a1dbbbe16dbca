import { useRef, useState } from 'react';
import type { Invoice } from '../../../../shared/schemas/invoice';
import { combineInvoicesPdf, type BulkPrintProgress } from './bulk-print';
import { printPdf, savePdf } from './pdf-output';
import { useT } from '../../i18n/use-t';

/** "Print invoices" for many invoices: one combined PDF with a progress bar and Cancel. */
export function BulkPrintButton({ invoices, label }: { invoices: readonly Invoice[]; label?: string }) {
  const t = useT('invoices');
  const common = useT('common');
  const [progress, setProgress] = useState<BulkPrintProgress | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const controller = useRef<AbortController | undefined>(undefined);
  const run = async (output: 'print' | 'save'): Promise<void> => {
    const abort = new AbortController();
    controller.current = abort;
    setMessage(undefined);
    setProgress({ done: 0, total: invoices.length });
    try {
      const bytes = await combineInvoicesPdf(invoices, setProgress, abort.signal);
      if (output === 'print') await printPdf(bytes, `Invoices (${invoices.length})`);
      else await savePdf(bytes, `invoices-${new Date().toISOString().slice(0, 10)}.pdf`);
      setMessage(t('inOnePdf', { count: invoices.length }));
    } catch {
      setMessage(abort.signal.aborted ? t('cancelled') : t('printFailed'));
    } finally {
      setProgress(undefined);
      controller.current = undefined;
    }
  };
  return (
    <span className="bulk-print" data-testid="bulk-print">
      <button
        type="button"
        disabled={invoices.length === 0 || progress !== undefined}
        onClick={() => void run('print')}
      >
        {label ?? t('printInvoices')} ({invoices.length})
      </button>
      <button
        type="button"
        disabled={invoices.length === 0 || progress !== undefined}
        onClick={() => void run('save')}
      >
        {t('saveOnePdf')}
      </button>
      {progress && (
        <>
          <progress max={progress.total} value={progress.done} data-testid="bulk-print-progress" />{' '}
          {progress.done}/{progress.total}
          <button type="button" onClick={() => controller.current?.abort()}>
            {common('action.cancel')}
          </button>
        </>
      )}
      {message && (
        <span className="muted" data-testid="bulk-print-message">
          {' '}
          {message}
        </span>
      )}
    </span>
  );
}
