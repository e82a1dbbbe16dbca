import type { Invoice, InvoiceLine } from '../../schemas/invoice';
import { ciiAmount, ciiPercent } from './cii-format';
import { ciiTaxCategory } from './cii-tax-category';
import { el, optionalText, text, type XmlElement } from './xml-node';

/** UN/ECE Rec 20 unit codes: C62 "one" (piece) for goods and adjustments, a service unit for shipping. */
function unitCode(line: InvoiceLine): string {
  return line.kind === 'shipping' ? 'E48' : 'C62';
}

/**
 * BG-25 invoice line. `sign` is -1 on a credit note: its snapshot stores negative quantities and
 * amounts, while a CII credit note (type 381) states them positive.
 */
export function invoiceLineItem(
  invoice: Invoice,
  line: InvoiceLine,
  index: number,
  sign: 1 | -1,
): XmlElement {
  const category = ciiTaxCategory(invoice.vatTreatment, line.vatRate);
  return el('ram:IncludedSupplyChainTradeLineItem', [
    el('ram:AssociatedDocumentLineDocument', [text('ram:LineID', String(index + 1))]),
    el('ram:SpecifiedTradeProduct', [
      line.gtin && text('ram:GlobalID', line.gtin, { schemeID: '0160' }),
      optionalText('ram:SellerAssignedID', line.sku),
      text('ram:Name', line.description),
    ]),
    el('ram:SpecifiedLineTradeAgreement', [
      el('ram:NetPriceProductTradePrice', [text('ram:ChargeAmount', ciiAmount(line.unitPriceNet))]),
    ]),
    el('ram:SpecifiedLineTradeDelivery', [
      text('ram:BilledQuantity', String(line.quantity * sign), { unitCode: unitCode(line) }),
    ]),
    el('ram:SpecifiedLineTradeSettlement', [
      el('ram:ApplicableTradeTax', [
        text('ram:TypeCode', 'VAT'),
        text('ram:CategoryCode', category.code),
        text('ram:RateApplicablePercent', ciiPercent(category.rate)),
      ]),
      el('ram:SpecifiedTradeSettlementLineMonetarySummation', [
        text('ram:LineTotalAmount', ciiAmount(line.lineNet * sign)),
      ]),
    ]),
  ]);
}
