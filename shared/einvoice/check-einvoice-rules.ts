import { DomainError } from '../errors';
import { roundHalfAwayFromZero } from '../money';
import type { Invoice } from '../schemas/invoice';
import { ciiTaxCategory, type CiiVatCategoryCode } from './cii/cii-tax-category';

/** One EN 16931 business rule the snapshot breaks, by the rule's official id. */
export interface EInvoiceRuleFailure {
  rule: string;
  message: string;
}

/** Rule family per category: BR-S-*, BR-Z-*, BR-IC-* (K), BR-G-*. */
const rulePrefix: Record<CiiVatCategoryCode, string> = { S: 'BR-S', Z: 'BR-Z', K: 'BR-IC', G: 'BR-G' };

const vatIdPattern = /^[A-Z]{2}[A-Z0-9+*.]{2,}$/;

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function totalsFailures(invoice: Invoice): EInvoiceRuleFailure[] {
  const failures: EInvoiceRuleFailure[] = [];
  const lineTotal = sum(invoice.lines.map((line) => line.lineNet));
  if (lineTotal !== invoice.totals.net)
    failures.push({
      rule: 'BR-CO-13',
      message: `Lines sum to ${lineTotal}, net total is ${invoice.totals.net}`,
    });
  const breakdownVat = sum(invoice.vatBreakdown.map((row) => row.vat));
  if (breakdownVat !== invoice.totals.vat)
    failures.push({
      rule: 'BR-CO-14',
      message: `VAT rows sum to ${breakdownVat}, VAT total is ${invoice.totals.vat}`,
    });
  if (invoice.totals.net + invoice.totals.vat !== invoice.totals.gross)
    failures.push({ rule: 'BR-CO-15', message: 'Gross total is not net total plus VAT total' });
  return failures;
}

function breakdownFailures(invoice: Invoice): EInvoiceRuleFailure[] {
  const rates = new Set(invoice.lines.map((line) => line.vatRate));
  const failures: EInvoiceRuleFailure[] = [];
  if (rates.size !== invoice.vatBreakdown.length)
    failures.push({ rule: 'BG-23', message: 'The VAT breakdown does not have one row per rate used' });
  for (const row of invoice.vatBreakdown) {
    const net = sum(invoice.lines.filter((line) => line.vatRate === row.rate).map((line) => line.lineNet));
    const rule = `${rulePrefix[ciiTaxCategory(invoice.vatTreatment, row.rate).code]}-08`;
    if (net !== row.net)
      failures.push({
        rule,
        message: `Taxable amount at ${row.rate} % is ${row.net}, lines give ${net}`,
      });
    if (roundHalfAwayFromZero((row.net * row.rate) / 100) !== row.vat)
      failures.push({
        rule: 'BR-CO-17',
        message: `VAT at ${row.rate} % is not the rate applied to ${row.net}`,
      });
  }
  return failures;
}

function partyFailures(invoice: Invoice): EInvoiceRuleFailure[] {
  const failures: EInvoiceRuleFailure[] = [];
  if (!vatIdPattern.test(invoice.seller.vatNumber))
    failures.push({
      rule: 'BR-CO-09',
      message: `Seller VAT id ${invoice.seller.vatNumber} lacks a country prefix`,
    });
  const category = ciiTaxCategory(invoice.vatTreatment, invoice.vatBreakdown[0]?.rate ?? 0).code;
  if (category === 'K' && !(invoice.buyer.vatNumber && vatIdPattern.test(invoice.buyer.vatNumber)))
    failures.push({ rule: 'BR-IC-02', message: 'An intra-community supply needs the buyer VAT id' });
  if (invoice.lines.some((line) => line.unitPriceNet < 0))
    failures.push({ rule: 'BR-27', message: 'A unit price is negative' });
  return failures;
}

/** The EN 16931 rules an invoice snapshot breaks (arithmetic, categories, parties); empty when valid. */
export function einvoiceRuleFailures(invoice: Invoice): EInvoiceRuleFailure[] {
  return [...totalsFailures(invoice), ...breakdownFailures(invoice), ...partyFailures(invoice)];
}

/**
 * Refuses to produce an e-invoice that the EN 16931 rules would reject, so a workstation never prints
 * one: the arithmetic and party rules checked here are a subset of the official Schematron, which CI
 * runs in full over a corpus.
 */
export function assertValidEInvoice(invoice: Invoice): void {
  const failures = einvoiceRuleFailures(invoice);
  if (failures.length === 0) return;
  throw new DomainError(
    'BUSINESS_RULE',
    `${invoice.number} would not be a valid e-invoice: ${failures.map((f) => `[${f.rule}] ${f.message}`).join('; ')}`,
    { details: { reason: 'einvoice_invalid', rules: failures.map((failure) => failure.rule) } },
  );
}
