import { PDFDocument } from '@cantoo/pdf-lib';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { buildCiiXml } from '../../shared/einvoice/build-cii-xml';
import {
  dejaVuSansBoldBase64,
  dejaVuSansRegularBase64,
} from '../../shared/invoice-pdf/fonts/dejavu-sans-data';
import type { Invoice } from '../../shared/schemas/invoice';

/**
 * The bench's baseline: the same invoice content done the simplest way with the same libraries,
 * as a first implementation would: jsPDF with the font added from base64, text lines, jspdf-autotable
 * for the lines and the VAT breakdown, and for the e-invoice pdf-lib loading jsPDF's output and
 * attaching the CII XML. No PDF/A metadata (XMP, OutputIntent), so it does a little less than the app.
 */
function newDocument(): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('DejaVuSans.ttf', dejaVuSansRegularBase64);
  doc.addFileToVFS('DejaVuSans-Bold.ttf', dejaVuSansBoldBase64);
  doc.addFont('DejaVuSans.ttf', 'DejaVuSans', 'normal', undefined, 'Identity-H');
  doc.addFont('DejaVuSans-Bold.ttf', 'DejaVuSans', 'bold', undefined, 'Identity-H');
  doc.setFont('DejaVuSans', 'normal');
  return doc;
}

function money(minor: number): string {
  return (minor / 100).toFixed(2);
}

function drawInvoice(doc: jsPDF, invoice: Invoice): void {
  doc.setFontSize(13);
  doc.text(invoice.seller.legalName, 18, 20);
  doc.setFontSize(8.5);
  const seller = [
    invoice.seller.address.line1,
    `${invoice.seller.address.postalCode} ${invoice.seller.address.city}`,
  ];
  doc.text([...seller, `VAT ${invoice.seller.vatNumber}`], 18, 26);
  doc.setFontSize(18);
  doc.text(invoice.kind === 'credit_note' ? 'CREDIT NOTE' : 'INVOICE', 192, 20, { align: 'right' });
  doc.setFontSize(8.5);
  doc.text([invoice.number, invoice.issueDate, invoice.supplyDate, invoice.orderNumber], 192, 28, {
    align: 'right',
  });
  const buyer = invoice.buyer;
  doc.text([buyer.name, buyer.address.line1, `${buyer.address.postalCode} ${buyer.address.city}`], 18, 60);
  autoTable(doc, {
    startY: 80,
    head: [['#', 'Description', 'SKU', 'Qty', 'Unit price', 'VAT', 'Net']],
    body: invoice.lines.map((line, i) => [
      String(i + 1),
      line.description,
      line.sku ?? '',
      String(line.quantity),
      money(line.unitPriceNet),
      `${line.vatRate} %`,
      money(line.lineNet),
    ]),
    styles: { font: 'DejaVuSans', fontSize: 8.5 },
  });
  autoTable(doc, {
    head: [['VAT rate', 'Net', 'VAT']],
    body: invoice.vatBreakdown.map((row) => [`${row.rate} %`, money(row.net), money(row.vat)]),
    styles: { font: 'DejaVuSans', fontSize: 8.5 },
    tableWidth: 100,
  });
  doc.text(
    [
      `Total ${money(invoice.totals.gross)} ${invoice.currency}`,
      ...invoice.legalMentions,
      invoice.footerText,
    ],
    18,
    250,
  );
}

/** Baseline for "invoices into one PDF". */
export function baselineInvoicesPdf(invoices: readonly Invoice[]): Uint8Array {
  const doc = newDocument();
  invoices.forEach((invoice, index) => {
    if (index > 0) doc.addPage();
    drawInvoice(doc, invoice);
  });
  return new Uint8Array(doc.output('arraybuffer'));
}

/** Baseline for one e-invoice PDF: jsPDF, then pdf-lib attaches the XML. */
export async function baselineEInvoicePdf(invoice: Invoice): Promise<Uint8Array> {
  const doc = newDocument();
  drawInvoice(doc, invoice);
  const pdf = await PDFDocument.load(new Uint8Array(doc.output('arraybuffer')));
  await pdf.attach(new TextEncoder().encode(buildCiiXml(invoice, 'en16931')), 'factur-x.xml', {
    mimeType: 'text/xml',
  });
  return pdf.save();
}
