import type { jsPDF } from 'jspdf';
import type { Invoice } from '../schemas/invoice';
import {
  formatInvoiceAmount,
  formatInvoiceDate,
  formatInvoiceRate,
  invoiceLanguageOf,
  type InvoiceLanguage,
} from '../domain/invoicing/invoice-texts';
import { drawTable, type TableColumn } from './draw-table';
import { pdfLabels, type PdfLabels } from './pdf-labels';
import { ensureSpace, layout, linesHeight, setFont, writeLines } from './pdf-layout';

/** Widths in mm; numbers right-aligned. The description takes what is left (60 mm). */
const linesColumns: readonly TableColumn[] = [
  { width: 9, align: 'right' },
  { width: 60, align: 'left' },
  { width: 22, align: 'left' },
  { width: 14, align: 'right' },
  { width: 27, align: 'right' },
  { width: 17, align: 'right' },
  { width: 25, align: 'right' },
];
const breakdownColumns: readonly TableColumn[] = [
  { width: 44, align: 'left' },
  { width: 34, align: 'right' },
  { width: 22, align: 'right' },
];

function languageOf(invoice: Invoice): { language: InvoiceLanguage; labels: PdfLabels } {
  const language = invoiceLanguageOf(invoice.language);
  return { language, labels: pdfLabels[language] };
}

/** The lines table (description, SKU, quantity, unit price excl. VAT, rate, net); returns the y below it. */
export function drawLinesTable(doc: jsPDF, invoice: Invoice, startY: number): number {
  const { language, labels } = languageOf(invoice);
  const formatAmount = (minor: number): string => formatInvoiceAmount(minor, language);
  const body = invoice.lines.map((line, index) => [
    String(index + 1),
    line.description,
    line.sku ?? '',
    String(line.quantity),
    formatAmount(line.unitPriceNet),
    formatInvoiceRate(line.vatRate, language),
    formatAmount(line.lineNet),
  ]);
  return drawTable(
    doc,
    {
      left: layout.marginX,
      columns: linesColumns,
      head: labels.columns(invoice.currency),
      body,
      fontSize: 8.5,
      headFontSize: 8,
      padding: { x: 1.5, y: 1 },
      striped: true,
      headAlignBottom: true,
    },
    startY,
  );
}

function rateLabel(invoice: Invoice, rate: number): string {
  const { language, labels } = languageOf(invoice);
  const printed = formatInvoiceRate(rate, language);
  if (rate !== 0) return printed;
  if (invoice.vatTreatment === 'intra_eu_reverse_charge')
    return `${printed} ${labels.exemptRate.reverseCharge}`;
  if (invoice.vatTreatment === 'export') return `${printed} ${labels.exemptRate.export}`;
  return printed;
}

/** Per-rate VAT breakdown (left) and totals (right); returns the y below both. */
export function drawBreakdownAndTotals(doc: jsPDF, invoice: Invoice, y: number): number {
  const height = (invoice.vatBreakdown.length + 1) * 6.5 + 6;
  const top = ensureSpace(doc, y, Math.max(height, 24));
  const { language, labels } = languageOf(invoice);
  const breakdownBottom = drawTable(
    doc,
    {
      left: layout.marginX,
      columns: breakdownColumns,
      head: labels.breakdown(invoice.currency),
      body: invoice.vatBreakdown.map((row) => [
        rateLabel(invoice, row.rate),
        formatInvoiceAmount(row.net, language),
        formatInvoiceAmount(row.vat, language),
      ]),
      fontSize: 8.5,
      headFontSize: 8,
      padding: { x: 1.6, y: 1.6 },
      striped: false,
      headAlignBottom: false,
    },
    top,
  );
  return Math.max(breakdownBottom, drawTotals(doc, invoice, top));
}

function drawTotals(doc: jsPDF, invoice: Invoice, top: number): number {
  const left = 120;
  const right = layout.pageWidth - layout.marginX;
  const { language, labels } = languageOf(invoice);
  const money = (minor: number): string => `${formatInvoiceAmount(minor, language)} ${invoice.currency}`;
  const rows: [string, number][] = [
    [labels.totalNet, invoice.totals.net],
    [labels.totalVat, invoice.totals.vat],
  ];
  let y = top + 5;
  for (const [label, amount] of rows) {
    setFont(doc, 'normal', 9);
    doc.text(label, left, y);
    doc.text(money(amount), right, y, { align: 'right' });
    y += 5.5;
  }
  doc.setDrawColor(60);
  doc.setLineWidth(0.4);
  doc.line(left, y - 3.5, right, y - 3.5);
  setFont(doc, 'bold', 10.5);
  doc.text(invoice.kind === 'credit_note' ? labels.totalCredited : labels.totalDue, left, y + 1.5);
  doc.text(money(invoice.totals.gross), right, y + 1.5, { align: 'right' });
  if (invoice.paidAmount === 0) return y + 4;
  setFont(doc, 'normal', 9);
  doc.text(labels.paid, left, y + 7);
  doc.text(money(-invoice.paidAmount), right, y + 7, { align: 'right' });
  setFont(doc, 'bold', 9);
  doc.text(labels.amountDue, left, y + 12.5);
  doc.text(money(invoice.totals.gross - invoice.paidAmount), right, y + 12.5, { align: 'right' });
  return y + 15;
}

function paymentLines(invoice: Invoice): string[] {
  const { language, labels } = languageOf(invoice);
  const lines: string[] = [];
  if (invoice.reason) lines.push(`${labels.reason}: ${invoice.reason}`);
  const paidInFull = invoice.paidAmount >= invoice.totals.gross;
  if (invoice.kind === 'invoice' && paidInFull) lines.push(labels.paidNote(invoice.number));
  if (invoice.kind === 'invoice' && !paidInFull) {
    const dueDate = formatInvoiceDate(invoice.dueDate, language);
    lines.push(labels.paymentTerms(invoice.paymentTermsDays, dueDate, invoice.number));
  }
  const bank = invoice.seller.bankDetails;
  if (bank && !(invoice.kind === 'invoice' && paidInFull)) {
    const iban = bank.iban.replace(/(.{4})(?=.)/g, '$1 ');
    const bankName = bank.bankName ? `${bank.bankName} · ` : '';
    lines.push(`${labels.bankDetails}: ${bankName}IBAN ${iban} · BIC ${bank.bic}`);
  }
  return lines;
}

/** A titled block of text lines, moved to a new page whole when it does not fit; returns the y below. */
function drawTextBlock(doc: jsPDF, title: string, lines: readonly string[], y: number): number {
  if (lines.length === 0) return y;
  setFont(doc, 'normal', 8.5);
  const top = ensureSpace(doc, y, linesHeight(doc, lines, layout.contentWidth) + 6);
  setFont(doc, 'bold', 8);
  doc.setTextColor(90);
  doc.text(title.toUpperCase(), layout.marginX, top);
  doc.setTextColor(0);
  setFont(doc, 'normal', 8.5);
  return writeLines(doc, lines, layout.marginX, top + 4.5, layout.contentWidth) + 3;
}

/** Legal mentions, then payment terms and bank details; returns the y below. */
export function drawMentionsAndPayment(doc: jsPDF, invoice: Invoice, y: number): number {
  const { labels } = languageOf(invoice);
  const afterMentions = drawTextBlock(doc, labels.notes, invoice.legalMentions, y);
  return drawTextBlock(
    doc,
    invoice.kind === 'credit_note' ? labels.details : labels.payment,
    paymentLines(invoice),
    afterMentions + 1,
  );
}
