import { drawInvoiceDocument, pdfBytes } from '../invoice-pdf/render-invoice-pdf';
import type { Invoice } from '../schemas/invoice';
import { buildCiiXml } from './build-cii-xml';
import { attachFacturX } from './pdfa/attach-factur-x';

function documentTitle(invoice: Invoice): string {
  return `${invoice.kind === 'credit_note' ? 'Credit note' : 'Invoice'} ${invoice.number}`;
}

/**
 * The e-invoice PDF of one invoice or credit note: the printed layout as PDF/A-3 with its EN 16931 CII
 * XML embedded as `factur-x.xml` (ZUGFeRD 2 / Factur-X, profile EN 16931). The embedded XML is always
 * the EN 16931 profile (it keeps the buyer reference BT-10); the XRechnung variant is the stand-alone XML.
 */
export async function renderEInvoicePdf(
  invoice: Invoice,
  options: { logo?: string | null } = {},
): Promise<Uint8Array> {
  const doc = drawInvoiceDocument(invoice, options);
  attachFacturX(doc, {
    xml: buildCiiXml(invoice, 'en16931'),
    metadata: {
      title: documentTitle(invoice),
      author: invoice.seller.legalName,
      subject: invoice.number,
      creator: 'Order Desk',
      createdAt: invoice.createdAt,
    },
  });
  return Promise.resolve(pdfBytes(doc));
}
