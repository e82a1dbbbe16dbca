import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { buildCiiXml, ciiGuidelines, ciiProfileOf } from './build-cii-xml';
import { einvoiceCorpus } from './einvoice-test-corpus';
import type { Invoice } from '../schemas/invoice';

const corpus = Object.fromEntries(einvoiceCorpus().map(({ name, invoice }) => [name, invoice]));

function invoiceNamed(name: string): Invoice {
  const invoice = corpus[name];
  if (!invoice) throw new Error(`no corpus invoice ${name}`);
  return invoice;
}

/** Text of every `<tag>` in document order. */
function values(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => m[1] ?? '');
}

describe('buildCiiXml', () => {
  it('writes an invoice (380) with one VAT breakdown row per rate and totals from the snapshot', () => {
    const invoice = invoiceNamed('domestic-two-rates-shipping');
    const xml = buildCiiXml(invoice);
    expect(values(xml, 'ram:TypeCode')[0]).toBe('380');
    expect(xml).toContain(`<ram:ID>${ciiGuidelines.en16931}</ram:ID>`);
    expect(values(xml, 'ram:BasisAmount')).toEqual(
      invoice.vatBreakdown.map((row) => (row.net / 100).toFixed(2)),
    );
    expect(values(xml, 'ram:CalculatedAmount')).toEqual(
      invoice.vatBreakdown.map((row) => (row.vat / 100).toFixed(2)),
    );
    expect(values(xml, 'ram:GrandTotalAmount')).toEqual([(invoice.totals.gross / 100).toFixed(2)]);
    expect(values(xml, 'ram:CategoryCode').every((code) => code === 'S')).toBe(true);
    expect(values(xml, 'ram:IBANID')).toEqual([invoice.seller.bankDetails?.iban]);
    expect(values(xml, 'ram:LineID')).toHaveLength(invoice.lines.length);
  });

  it('states what was paid before invoicing (BT-113) and what is still due (BT-115)', () => {
    const paid = invoiceNamed('domestic-two-rates-shipping');
    expect(paid.paidAmount).toBe(paid.totals.gross);
    const paidXml = buildCiiXml(paid);
    expect(values(paidXml, 'ram:TotalPrepaidAmount')).toEqual([(paid.totals.gross / 100).toFixed(2)]);
    expect(values(paidXml, 'ram:DuePayableAmount')).toEqual(['0.00']);
    const unpaid = invoiceNamed('domestic-unpaid');
    const unpaidXml = buildCiiXml(unpaid);
    expect(unpaidXml).not.toContain('TotalPrepaidAmount');
    expect(values(unpaidXml, 'ram:DuePayableAmount')).toEqual([(unpaid.totals.gross / 100).toFixed(2)]);
  });

  it('writes a credit note (381) with positive amounts and the preceding invoice (BG-3)', () => {
    const note = invoiceNamed('credit-note-items-shipping');
    expect(note.totals.gross).toBeLessThan(0);
    const xml = buildCiiXml(note);
    expect(values(xml, 'ram:TypeCode')[0]).toBe('381');
    expect(values(xml, 'ram:GrandTotalAmount')).toEqual([(-note.totals.gross / 100).toFixed(2)]);
    expect(values(xml, 'ram:BilledQuantity').every((quantity) => Number(quantity) > 0)).toBe(true);
    expect(xml).toMatch(
      new RegExp(
        `<ram:InvoiceReferencedDocument>\\s*<ram:IssuerAssignedID>${note.correctsInvoiceNumber ?? 'x'}</ram:IssuerAssignedID>\\s*<ram:FormattedIssueDateTime>\\s*<qdt:DateTimeString format="102">20260305<`,
      ),
    );
  });

  it('marks an intra-EU B2B supply as K with VATEX-EU-IC, both VAT ids and the delivery country', () => {
    const invoice = invoiceNamed('intra-eu-reverse-charge');
    const xml = buildCiiXml(invoice);
    expect(new Set(values(xml, 'ram:CategoryCode'))).toEqual(new Set(['K']));
    expect(values(xml, 'ram:ExemptionReasonCode')).toEqual(['VATEX-EU-IC']);
    expect(values(xml, 'ram:ExemptionReason')[0]).toContain('Art. 138');
    expect(
      values(xml, 'ram:ID').filter((id) => id === invoice.seller.vatNumber || id === invoice.buyer.vatNumber),
    ).toHaveLength(2);
    expect(xml).toMatch(/<ram:ShipToTradeParty>[\s\S]*<ram:CountryID>DE<\/ram:CountryID>/);
  });

  it('marks an export as G (VATEX-EU-G) and a 0 % line of a taxed sale as Z without exemption', () => {
    expect(values(buildCiiXml(invoiceNamed('export-ch')), 'ram:ExemptionReasonCode')).toEqual(['VATEX-EU-G']);
    const zero = buildCiiXml(invoiceNamed('zero-rated-line'));
    expect(new Set(values(zero, 'ram:CategoryCode'))).toEqual(new Set(['S', 'Z']));
    expect(zero).not.toContain('ExemptionReason');
  });

  it('uses the destination rates for an OSS sale', () => {
    const xml = buildCiiXml(invoiceNamed('oss-destination-pl'));
    expect(new Set(values(xml, 'ram:RateApplicablePercent'))).toEqual(new Set(['23', '5']));
  });

  it('writes XRechnung 3.0 (guideline and BT-23) when the buyer has a buyer reference (BT-10)', () => {
    const invoice = invoiceNamed('xrechnung-buyer-reference');
    expect(ciiProfileOf(invoice)).toBe('xrechnung');
    const xml = buildCiiXml(invoice);
    expect(xml).toContain(`<ram:ID>${ciiGuidelines.xrechnung}</ram:ID>`);
    expect(xml).toContain('<ram:ID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</ram:ID>');
    expect(values(xml, 'ram:BuyerReference')).toEqual(['04011000-12345-34']);
    expect(buildCiiXml(invoice, 'en16931')).toContain(`<ram:ID>${ciiGuidelines.en16931}</ram:ID>`);
  });

  it('escapes XML special characters and keeps Unicode names', () => {
    const invoice = invoiceNamed('oss-destination-pl');
    const xml = buildCiiXml({ ...invoice, buyer: { ...invoice.buyer, name: 'Łukasz & <Söhne> "Ł"' } });
    expect(xml).toContain('<ram:Name>Łukasz &amp; &lt;Söhne&gt; &quot;Ł&quot;</ram:Name>');
  });

  it('refuses VAT on an exempt treatment instead of writing an invalid category', () => {
    const invoice = invoiceNamed('export-ch');
    const taxed = { ...invoice, lines: invoice.lines.map((line) => ({ ...line, vatRate: 19 })) };
    expect(() => buildCiiXml(taxed)).toThrow(DomainError);
  });

  it('is deterministic', () => {
    const invoice = invoiceNamed('credit-note-amount');
    expect(buildCiiXml(invoice)).toBe(buildCiiXml(structuredClone(invoice)));
  });
});
