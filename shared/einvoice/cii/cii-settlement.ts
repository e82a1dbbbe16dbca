import type { Invoice } from '../../schemas/invoice';
import { ciiAmount, ciiDateElement, ciiPercent } from './cii-format';
import { ciiTaxCategory } from './cii-tax-category';
import { el, optionalText, text, type XmlChild, type XmlElement } from './xml-node';

/** BG-16 payment instructions: SEPA credit transfer (58) to the seller's account on an invoice. */
function paymentMeans(invoice: Invoice): XmlElement | undefined {
  const bank = invoice.seller.bankDetails;
  if (invoice.kind === 'credit_note') {
    // The seller pays back; "instrument not defined" (1) avoids implying the buyer must transfer.
    return el('ram:SpecifiedTradeSettlementPaymentMeans', [
      text('ram:TypeCode', '1'),
      text('ram:Information', 'Refund to the original means of payment'),
    ]);
  }
  if (!bank) return undefined;
  return el('ram:SpecifiedTradeSettlementPaymentMeans', [
    text('ram:TypeCode', '58'),
    el('ram:PayeePartyCreditorFinancialAccount', [
      text('ram:IBANID', bank.iban),
      text('ram:AccountName', invoice.seller.legalName),
    ]),
    el('ram:PayeeSpecifiedCreditorFinancialInstitution', [text('ram:BICID', bank.bic)]),
  ]);
}

/** BG-23 VAT breakdown, one row per rate (one treatment per invoice, so rate decides the category). */
function vatBreakdown(invoice: Invoice, sign: 1 | -1): XmlElement[] {
  return invoice.vatBreakdown.map((row) => {
    const category = ciiTaxCategory(invoice.vatTreatment, row.rate);
    return el('ram:ApplicableTradeTax', [
      text('ram:CalculatedAmount', ciiAmount(row.vat * sign)),
      text('ram:TypeCode', 'VAT'),
      category.exemption && text('ram:ExemptionReason', category.exemption.reason),
      text('ram:BasisAmount', ciiAmount(row.net * sign)),
      text('ram:CategoryCode', category.code),
      category.exemption && text('ram:ExemptionReasonCode', category.exemption.code),
      text('ram:RateApplicablePercent', ciiPercent(category.rate)),
    ]);
  });
}

function paymentTermsText(invoice: Invoice): string {
  if (invoice.kind === 'credit_note') return `Credit note for invoice ${invoice.correctsInvoiceNumber ?? ''}`;
  if (invoice.paidAmount >= invoice.totals.gross) return 'Paid in full; nothing is due';
  if (invoice.paymentTermsDays === 0) return 'Payable immediately';
  return `Payable within ${invoice.paymentTermsDays} days`;
}

/** BT-20 payment terms and BT-9 due date. */
function paymentTerms(invoice: Invoice): XmlElement {
  return el('ram:SpecifiedTradePaymentTerms', [
    text('ram:Description', paymentTermsText(invoice)),
    ciiDateElement('ram:DueDateDateTime', invoice.dueDate),
  ]);
}

/** BG-22 document totals (BT-113 paid before invoicing); the snapshot has no document-level allowances or charges. */
function monetarySummation(invoice: Invoice, sign: 1 | -1): XmlElement {
  const lineTotal = invoice.lines.reduce((sum, line) => sum + line.lineNet, 0);
  return el('ram:SpecifiedTradeSettlementHeaderMonetarySummation', [
    text('ram:LineTotalAmount', ciiAmount(lineTotal * sign)),
    text('ram:TaxBasisTotalAmount', ciiAmount(invoice.totals.net * sign)),
    text('ram:TaxTotalAmount', ciiAmount(invoice.totals.vat * sign), { currencyID: invoice.currency }),
    text('ram:GrandTotalAmount', ciiAmount(invoice.totals.gross * sign)),
    invoice.paidAmount !== 0 && text('ram:TotalPrepaidAmount', ciiAmount(invoice.paidAmount * sign)),
    text('ram:DuePayableAmount', ciiAmount((invoice.totals.gross - invoice.paidAmount) * sign)),
  ]);
}

/** BG-3 preceding invoice (BT-25 number, BT-26 date) on a credit note. */
function precedingInvoice(invoice: Invoice): XmlChild {
  if (invoice.kind !== 'credit_note' || !invoice.correctsInvoiceNumber) return undefined;
  return el('ram:InvoiceReferencedDocument', [
    text('ram:IssuerAssignedID', invoice.correctsInvoiceNumber),
    invoice.correctsInvoiceIssueDate &&
      ciiDateElement('ram:FormattedIssueDateTime', invoice.correctsInvoiceIssueDate, 'qdt'),
  ]);
}

/** The header trade settlement (element order as in the CII D16B schema). */
export function headerTradeSettlement(invoice: Invoice): XmlElement {
  const sign = invoice.kind === 'credit_note' ? -1 : 1;
  return el('ram:ApplicableHeaderTradeSettlement', [
    optionalText('ram:PaymentReference', invoice.kind === 'invoice' ? invoice.number : null),
    text('ram:InvoiceCurrencyCode', invoice.currency),
    paymentMeans(invoice),
    ...vatBreakdown(invoice, sign),
    paymentTerms(invoice),
    monetarySummation(invoice, sign),
    precedingInvoice(invoice),
  ]);
}
