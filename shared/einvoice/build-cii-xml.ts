import type { Invoice } from '../schemas/invoice';
import { assertValidEInvoice } from './check-einvoice-rules';
import { ciiDateElement } from './cii/cii-format';
import { invoiceLineItem } from './cii/cii-lines';
import { buyerParty, headerTradeDelivery, sellerParty } from './cii/cii-parties';
import { headerTradeSettlement } from './cii/cii-settlement';
import { el, optionalText, serializeXml, text, type XmlElement } from './cii/xml-node';

/** Specification identifiers (BT-24) of the two profiles Order Desk writes. */
export const ciiGuidelines = {
  en16931: 'urn:cen.eu:en16931:2017',
  xrechnung: 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0',
} as const;
export type CiiProfile = keyof typeof ciiGuidelines;

/** BT-23 business process required by XRechnung 3.0. */
const peppolBillingProcess = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

const namespaces = {
  'xmlns:rsm': 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  'xmlns:ram': 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  'xmlns:qdt': 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  'xmlns:udt': 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
};

/** XRechnung when the buyer has a buyer reference (BT-10, Leitweg-ID), plain EN 16931 otherwise. */
export function ciiProfileOf(invoice: Invoice): CiiProfile {
  return invoice.buyer.buyerReference ? 'xrechnung' : 'en16931';
}

function documentContext(profile: CiiProfile): XmlElement {
  return el('rsm:ExchangedDocumentContext', [
    profile === 'xrechnung' &&
      el('ram:BusinessProcessSpecifiedDocumentContextParameter', [text('ram:ID', peppolBillingProcess)]),
    el('ram:GuidelineSpecifiedDocumentContextParameter', [text('ram:ID', ciiGuidelines[profile])]),
  ]);
}

/** BT-22 notes: the credit note's reason and the invoice's legal mentions (Art. 226). */
function notes(invoice: Invoice): XmlElement[] {
  const contents = [invoice.reason, ...invoice.legalMentions].filter((note): note is string => !!note);
  return contents.map((content) => el('ram:IncludedNote', [text('ram:Content', content)]));
}

function exchangedDocument(invoice: Invoice): XmlElement {
  return el('rsm:ExchangedDocument', [
    text('ram:ID', invoice.number),
    text('ram:TypeCode', invoice.kind === 'credit_note' ? '381' : '380'),
    ciiDateElement('ram:IssueDateTime', invoice.issueDate),
    ...notes(invoice),
  ]);
}

function headerTradeAgreement(invoice: Invoice): XmlElement {
  return el('ram:ApplicableHeaderTradeAgreement', [
    optionalText('ram:BuyerReference', invoice.buyer.buyerReference),
    sellerParty(invoice.seller),
    buyerParty(invoice.buyer),
    el('ram:SellerOrderReferencedDocument', [text('ram:IssuerAssignedID', invoice.orderNumber)]),
  ]);
}

/**
 * The invoice or credit note as a UN/CEFACT CII D16B document (EN 16931 profile, the `factur-x.xml` of
 * a ZUGFeRD 2 / Factur-X PDF), or its XRechnung 3.0 variant. Pure: same snapshot, same bytes.
 * Refuses (BUSINESS_RULE, `einvoice_invalid`) a snapshot that breaks the EN 16931 rules it can check.
 */
export function buildCiiXml(invoice: Invoice, profile: CiiProfile = ciiProfileOf(invoice)): string {
  assertValidEInvoice(invoice);
  return serializeCiiXml(invoice, profile);
}

/** The CII XML without the rule check (for tests that prove the official validation catches errors). */
export function serializeCiiXml(invoice: Invoice, profile: CiiProfile = ciiProfileOf(invoice)): string {
  const sign = invoice.kind === 'credit_note' ? -1 : 1;
  return serializeXml(
    el(
      'rsm:CrossIndustryInvoice',
      [
        documentContext(profile),
        exchangedDocument(invoice),
        el('rsm:SupplyChainTradeTransaction', [
          ...invoice.lines.map((line, index) => invoiceLineItem(invoice, line, index, sign)),
          headerTradeAgreement(invoice),
          headerTradeDelivery(invoice),
          headerTradeSettlement(invoice),
        ]),
      ],
      namespaces,
    ),
  );
}
