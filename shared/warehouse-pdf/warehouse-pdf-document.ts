import { jsPDF } from 'jspdf';
import { stableHexId } from '../invoice-pdf/pdf-format';
import { layout, setFont } from '../invoice-pdf/pdf-layout';

/** A new A4 document with fixed metadata, so the same input always gives the same bytes. */
export function createWarehouseDocument(title: string, createdAt: string, idSeed: string): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.setCreationDate(new Date(createdAt));
  doc.setFileId(stableHexId(idSeed));
  doc.setDocumentProperties({ title, subject: title, author: '', creator: 'Order Desk', keywords: '' });
  return doc;
}

/** "Page X of Y" at the foot of every page, with the document title at the left. */
export function drawPageFooters(doc: jsPDF, title: string): void {
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    setFont(doc, 'normal', 8);
    doc.setTextColor(110);
    doc.text(title, layout.marginX, layout.footerY);
    doc.text(`Page ${page} of ${pages}`, layout.pageWidth - layout.marginX, layout.footerY, {
      align: 'right',
    });
    doc.setTextColor(0);
  }
}

/** The document as bytes (`%PDF…`). */
export function pdfBytes(doc: jsPDF): Uint8Array {
  return new Uint8Array(doc.output('arraybuffer'));
}
