import type { jsPDF } from 'jspdf';
import type { Address } from '../schemas/common';
import type { Invoice } from '../schemas/invoice';
import { countryName } from './pdf-format';
import { layout, setFont, writeLines } from './pdf-layout';

const metaLabelX = 112;
const metaWidth = layout.pageWidth - layout.marginX - metaLabelX;

/** Address lines as printed, without the name already printed above: name, company, street, city, country. */
export function addressLines(address: Address, printedName: string): string[] {
  return [
    ...(address.name !== printedName ? [address.name] : []),
    ...(address.company && address.company !== printedName ? [address.company] : []),
    address.line1,
    ...(address.line2 ? [address.line2] : []),
    `${address.postalCode} ${address.city}`,
    countryName(address.country),
  ];
}

/** Title and the number/date block at the top right; returns the y below it. */
function drawMeta(doc: jsPDF, invoice: Invoice): number {
  setFont(doc, 'bold', 18);
  doc.text(
    invoice.kind === 'credit_note' ? 'CREDIT NOTE' : 'INVOICE',
    layout.pageWidth - layout.marginX,
    layout.marginTop + 2,
    { align: 'right' },
  );
  const rows: [string, string][] = [
    [invoice.kind === 'credit_note' ? 'Credit note no.' : 'Invoice no.', invoice.number],
    ['Issue date', invoice.issueDate],
  ];
  if (invoice.supplyDate !== invoice.issueDate && invoice.kind === 'invoice')
    rows.push(['Date of supply', invoice.supplyDate]);
  if (invoice.kind === 'invoice') rows.push(['Due date', invoice.dueDate]);
  if (invoice.correctsInvoiceNumber) rows.push(['Corrects invoice', invoice.correctsInvoiceNumber]);
  rows.push(['Order', invoice.orderNumber]);
  let y = layout.marginTop + 10;
  for (const [label, value] of rows) {
    setFont(doc, 'normal', 8.5);
    doc.setTextColor(90);
    doc.text(label, metaLabelX, y);
    setFont(doc, 'bold', 8.5);
    doc.setTextColor(0);
    doc.text(value, metaLabelX + metaWidth, y, { align: 'right' });
    y += layout.lineHeight + 0.4;
  }
  return y;
}

/** Seller block at the top left; returns the y below it. */
function drawSeller(doc: jsPDF, invoice: Invoice): number {
  const { seller } = invoice;
  setFont(doc, 'bold', 13);
  const nameBottom = writeLines(
    doc,
    [seller.legalName],
    layout.marginX,
    layout.marginTop + 2,
    metaLabelX - layout.marginX - 6,
  );
  setFont(doc, 'normal', 8.5);
  const details = [
    ...addressLines(seller.address, seller.legalName),
    `VAT No.: ${seller.vatNumber}`,
    ...(seller.companyRegistrationId ? [`Company reg.: ${seller.companyRegistrationId}`] : []),
  ];
  return writeLines(doc, details, layout.marginX, nameBottom + 1, metaLabelX - layout.marginX - 6);
}

/** Buyer block ("Bill to"); returns the y below it. */
function drawBuyer(doc: jsPDF, invoice: Invoice, top: number): number {
  const { buyer } = invoice;
  setFont(doc, 'bold', 7.5);
  doc.setTextColor(90);
  doc.text('BILL TO', layout.marginX, top);
  doc.setTextColor(0);
  setFont(doc, 'bold', 10);
  const width = 100;
  const nameBottom = writeLines(doc, [buyer.name], layout.marginX, top + 5, width);
  setFont(doc, 'normal', 8.5);
  const details = [
    ...addressLines(buyer.address, buyer.name),
    ...(buyer.vatNumber ? [`VAT No.: ${buyer.vatNumber}`] : []),
    ...(buyer.email ? [buyer.email] : []),
  ];
  return writeLines(doc, details, layout.marginX, nameBottom, width);
}

/** Draws seller, title, numbers and dates, and buyer; returns the y where the lines table starts. */
export function drawInvoiceHeader(doc: jsPDF, invoice: Invoice): number {
  doc.setTextColor(0);
  const sellerBottom = drawSeller(doc, invoice);
  const metaBottom = drawMeta(doc, invoice);
  const buyerTop = Math.max(sellerBottom, metaBottom) + 6;
  doc.setDrawColor(200);
  doc.setLineWidth(0.3);
  doc.line(layout.marginX, buyerTop - 4, layout.pageWidth - layout.marginX, buyerTop - 4);
  return drawBuyer(doc, invoice, buyerTop + 1) + 6;
}
