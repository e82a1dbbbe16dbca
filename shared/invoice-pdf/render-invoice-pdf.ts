import { jsPDF } from 'jspdf';
import type { Invoice } from '../schemas/invoice';
import { drawBreakdownAndTotals, drawLinesTable, drawMentionsAndPayment } from './draw-invoice-body';
import { drawInvoiceHeader } from './draw-invoice-header';
import { useInvoiceFonts } from './invoice-fonts';
import { pdfLabels } from './pdf-labels';
import { invoiceLanguageOf } from '../domain/invoicing/invoice-texts';
import { pdfDate, stableHexId } from './pdf-format';
import { layout, setFont, wrapText } from './pdf-layout';

interface PageRange {
  invoice: Invoice;
  first: number;
  last: number;
}

export type RenderProgress = (done: number, total: number) => void;

function createDocument(invoices: readonly Invoice[]): jsPDF {
  const doc = new jsPDF({
    unit: 'mm',
    format: 'a4',
    orientation: 'portrait',
    compress: true,
    putOnlyUsedFonts: true,
  });
  useInvoiceFonts(doc);
  const first = invoices[0];
  // Fixed metadata so that the same invoices always give the same bytes.
  // A UTC date string: jsPDF would write a Date in the device's time zone.
  doc.setCreationDate(pdfDate(first?.createdAt ?? new Date(0).toISOString()));
  doc.setFileId(stableHexId(invoices.map((invoice) => `${invoice.id}:${invoice.number}`).join('|')));
  doc.setDocumentProperties({
    title:
      invoices.length === 1 && first
        ? `${first.kind === 'credit_note' ? 'Credit note' : 'Invoice'} ${first.number}`
        : `Invoices (${invoices.length})`,
    author: first?.seller.legalName ?? '',
    subject: invoices.map((invoice) => invoice.number).join(', '),
    creator: 'Order Desk',
    keywords: '',
  });
  return doc;
}

function drawInvoice(doc: jsPDF, invoice: Invoice, logo: string | null = null): void {
  const tableTop = drawInvoiceHeader(doc, invoice, logo);
  const afterLines = drawLinesTable(doc, invoice, tableTop);
  const afterTotals = drawBreakdownAndTotals(doc, invoice, afterLines + 6);
  drawMentionsAndPayment(doc, invoice, afterTotals + 8);
}

/** Footer (footer text, number, "Page X of Y" numbered per invoice) and continuation headers. */
function drawPageDecorations(doc: jsPDF, range: PageRange): void {
  const labels = pdfLabels[invoiceLanguageOf(range.invoice.language)];
  const total = range.last - range.first + 1;
  const right = layout.pageWidth - layout.marginX;
  for (let page = range.first; page <= range.last; page += 1) {
    doc.setPage(page);
    doc.setTextColor(110);
    if (page > range.first) {
      setFont(doc, 'normal', 8);
      doc.text(
        `${range.invoice.seller.legalName} · ${range.invoice.number} (${labels.continued})`,
        layout.marginX,
        layout.marginTop,
      );
    }
    doc.setDrawColor(200);
    doc.setLineWidth(0.3);
    doc.line(layout.marginX, layout.footerY - 5, right, layout.footerY - 5);
    setFont(doc, 'normal', 7);
    const footer = wrapText(doc, range.invoice.footerText, layout.contentWidth);
    footer
      .slice(0, 2)
      .forEach((line, index) =>
        doc.text(line, layout.pageWidth / 2, layout.footerY + index * 3.2, { align: 'center' }),
      );
    setFont(doc, 'normal', 8);
    doc.text(range.invoice.number, layout.marginX, layout.footerY + 8);
    doc.text(labels.page(page - range.first + 1, total), right, layout.footerY + 8, { align: 'right' });
    doc.setTextColor(0);
  }
}

/** One invoice or credit note drawn on an A4 jsPDF document (with the store's logo when given), not yet written. */
export function drawInvoiceDocument(invoice: Invoice, options: { logo?: string | null } = {}): jsPDF {
  const doc = createDocument([invoice]);
  drawInvoice(doc, invoice, options.logo ?? null);
  drawPageDecorations(doc, { invoice, first: 1, last: doc.getNumberOfPages() });
  return doc;
}

/** Writes a drawn document as PDF bytes. */
export function pdfBytes(doc: jsPDF): Uint8Array {
  return new Uint8Array(doc.output('arraybuffer'));
}

/** Renders one invoice or credit note to an A4 PDF (with the store's logo when given), byte-for-byte the same for the same input. */
export function renderInvoicePdf(invoice: Invoice, options: { logo?: string | null } = {}): Uint8Array {
  return pdfBytes(drawInvoiceDocument(invoice, options));
}

/**
 * Renders many invoices into one PDF, each starting on a new page and numbered on its own; yields
 * between invoices so a UI can show `onProgress`, and stops with an AbortError when `signal` aborts.
 */
export async function renderInvoicesPdf(
  invoices: readonly Invoice[],
  onProgress?: RenderProgress,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  if (invoices.length === 0) throw new RangeError('No invoices to render');
  const doc = createDocument(invoices);
  const ranges: PageRange[] = [];
  for (const [index, invoice] of invoices.entries()) {
    signal?.throwIfAborted();
    if (index > 0) doc.addPage('a4', 'portrait');
    const first = doc.getNumberOfPages();
    drawInvoice(doc, invoice);
    ranges.push({ invoice, first, last: doc.getNumberOfPages() });
    onProgress?.(index + 1, invoices.length);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  for (const range of ranges) drawPageDecorations(doc, range);
  return pdfBytes(doc);
}
