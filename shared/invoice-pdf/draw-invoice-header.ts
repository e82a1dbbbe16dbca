import type { jsPDF } from 'jspdf';
import type { Address } from '../schemas/common';
import type { Invoice } from '../schemas/invoice';
import {
  formatInvoiceDate,
  invoiceLanguageOf,
  type InvoiceLanguage,
} from '../domain/invoicing/invoice-texts';
import { countryName } from './pdf-format';
import { pdfLabels } from './pdf-labels';
import { layout, setFont, writeLines } from './pdf-layout';

const metaLabelX = 112;
const metaWidth = layout.pageWidth - layout.marginX - metaLabelX;

/** Address lines as printed, without the name already printed above: name, company, street, city, country. */
export function addressLines(address: Address, printedName: string, language: InvoiceLanguage): string[] {
  return [
    ...(address.name !== printedName ? [address.name] : []),
    ...(address.company && address.company !== printedName ? [address.company] : []),
    address.line1,
    ...(address.line2 ? [address.line2] : []),
    `${address.postalCode} ${address.city}`,
    countryName(address.country, language),
  ];
}

/** Title and the number/date block at the top right; returns the y below it. */
function drawMeta(doc: jsPDF, invoice: Invoice): number {
  const language = invoiceLanguageOf(invoice.language);
  const labels = pdfLabels[language];
  const date = (iso: string): string => formatInvoiceDate(iso, language);
  setFont(doc, 'bold', 18);
  doc.text(
    invoice.kind === 'credit_note' ? labels.creditNoteTitle : labels.invoiceTitle,
    layout.pageWidth - layout.marginX,
    layout.marginTop + 2,
    { align: 'right' },
  );
  const rows: [string, string][] = [
    [invoice.kind === 'credit_note' ? labels.creditNoteNumber : labels.invoiceNumber, invoice.number],
    [labels.issueDate, date(invoice.issueDate)],
  ];
  // Art. 226 (7): the date of supply is always printed on an invoice (equal to the issue date or not).
  if (invoice.kind === 'invoice') rows.push([labels.supplyDate, date(invoice.supplyDate)]);
  if (invoice.kind === 'invoice' && invoice.paidAmount < invoice.totals.gross)
    rows.push([labels.dueDate, date(invoice.dueDate)]);
  if (invoice.correctsInvoiceNumber) rows.push([labels.correctsInvoice, invoice.correctsInvoiceNumber]);
  rows.push([labels.order, invoice.orderNumber]);
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

const logoMaxWidth = 50;
const logoMaxHeight = 16;

/**
 * The store's logo (PNG or JPEG data URL) at the top left, scaled into 50 × 16 mm keeping its aspect;
 * returns the y below it. A PNG's alpha channel becomes a soft mask, which PDF/A-3 permits.
 */
function drawLogo(doc: jsPDF, logo: string): number {
  const { width, height } = doc.getImageProperties(logo);
  const scale = Math.min(logoMaxWidth / width, logoMaxHeight / height);
  const format = logo.startsWith('data:image/png') ? 'PNG' : 'JPEG';
  const top = layout.marginTop - 4;
  doc.addImage(logo, format, layout.marginX, top, width * scale, height * scale, 'store-logo', 'FAST');
  return top + height * scale + 4;
}

/** Seller block at the top left (below the logo when there is one); returns the y below it. */
function drawSeller(doc: jsPDF, invoice: Invoice, top: number): number {
  const { seller } = invoice;
  const language = invoiceLanguageOf(invoice.language);
  const labels = pdfLabels[language];
  setFont(doc, 'bold', 13);
  const nameBottom = writeLines(
    doc,
    [seller.legalName],
    layout.marginX,
    top,
    metaLabelX - layout.marginX - 6,
  );
  setFont(doc, 'normal', 8.5);
  const details = [
    ...addressLines(seller.address, seller.legalName, language),
    `${labels.vatNo}: ${seller.vatNumber}`,
    ...(seller.companyRegistrationId ? [`${labels.companyReg}: ${seller.companyRegistrationId}`] : []),
  ];
  return writeLines(doc, details, layout.marginX, nameBottom + 1, metaLabelX - layout.marginX - 6);
}

/** Buyer block ("Bill to"); returns the y below it. */
function drawBuyer(doc: jsPDF, invoice: Invoice, top: number): number {
  const { buyer } = invoice;
  const language = invoiceLanguageOf(invoice.language);
  const labels = pdfLabels[language];
  setFont(doc, 'bold', 7.5);
  doc.setTextColor(90);
  doc.text(labels.billTo, layout.marginX, top);
  doc.setTextColor(0);
  setFont(doc, 'bold', 10);
  const width = 100;
  const nameBottom = writeLines(doc, [buyer.name], layout.marginX, top + 5, width);
  setFont(doc, 'normal', 8.5);
  const details = [
    ...addressLines(buyer.address, buyer.name, language),
    ...(buyer.vatNumber ? [`${labels.vatNo}: ${buyer.vatNumber}`] : []),
    ...(buyer.email ? [buyer.email] : []),
  ];
  return writeLines(doc, details, layout.marginX, nameBottom, width);
}

/** Draws logo, seller, title, numbers and dates, and buyer; returns the y where the lines table starts. */
export function drawInvoiceHeader(doc: jsPDF, invoice: Invoice, logo: string | null = null): number {
  doc.setTextColor(0);
  const sellerTop = logo ? drawLogo(doc, logo) + 2 : layout.marginTop + 2;
  const sellerBottom = drawSeller(doc, invoice, sellerTop);
  const metaBottom = drawMeta(doc, invoice);
  const buyerTop = Math.max(sellerBottom, metaBottom) + 6;
  doc.setDrawColor(200);
  doc.setLineWidth(0.3);
  doc.line(layout.marginX, buyerTop - 4, layout.pageWidth - layout.marginX, buyerTop - 4);
  return drawBuyer(doc, invoice, buyerTop + 1) + 6;
}
