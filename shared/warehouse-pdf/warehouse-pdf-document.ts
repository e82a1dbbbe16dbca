import { jsPDF } from 'jspdf';
import { stableHexId } from '../invoice-pdf/pdf-format';
import { useInvoiceFonts } from '../invoice-pdf/invoice-fonts';
import { layout, setFont } from '../invoice-pdf/pdf-layout';
import type { WarehouseLabels } from './warehouse-labels';

/**
 * A new A4 document with fixed metadata, so the same input always gives the same bytes, in the
 * embedded Unicode font of the invoices (names such as "Łukasz Wiśniewski, Łódź" print as written).
 */
export function createWarehouseDocument(title: string, createdAt: string, idSeed: string): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.setCreationDate(new Date(createdAt));
  doc.setFileId(stableHexId(idSeed));
  doc.setDocumentProperties({ title, subject: title, author: '', creator: 'Order Desk', keywords: '' });
  useInvoiceFonts(doc);
  return doc;
}

/** "Page X of Y" (in the document's language) at the foot of every page, with the title at the left. */
export function drawPageFooters(doc: jsPDF, title: string, text: Pick<WarehouseLabels, 'pageOf'>): void {
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    setFont(doc, 'normal', 8);
    doc.setTextColor(110);
    doc.text(title, layout.marginX, layout.footerY);
    const pageOf = text.pageOf.replace('{page}', String(page)).replace('{pages}', String(pages));
    doc.text(pageOf, layout.pageWidth - layout.marginX, layout.footerY, {
      align: 'right',
    });
    doc.setTextColor(0);
  }
}

/** The document as bytes (`%PDF…`). */
export function pdfBytes(doc: jsPDF): Uint8Array {
  return new Uint8Array(doc.output('arraybuffer'));
}
