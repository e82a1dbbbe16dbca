import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import type { Invoice } from '../schemas/invoice';
import { buildCiiXml } from './build-cii-xml';
import { assertValidEInvoice, einvoiceRuleFailures } from './check-einvoice-rules';
import { einvoiceCorpus } from './einvoice-test-corpus';

const corpus = einvoiceCorpus();

function named(name: string): Invoice {
  const found = corpus.find((entry) => entry.name === name)?.invoice;
  if (!found) throw new Error(`no corpus invoice ${name}`);
  return found;
}

function rules(invoice: Invoice): string[] {
  return einvoiceRuleFailures(invoice).map((failure) => failure.rule);
}

describe('einvoiceRuleFailures', () => {
  it('passes every corpus invoice (which the official Schematron also passes in CI)', () => {
    for (const { name, invoice } of corpus) expect(rules(invoice), name).toEqual([]);
  });

  it('names the broken rules: totals, per-rate VAT, breakdown rows, buyer VAT id, VAT id prefix', () => {
    const domestic = named('domestic-two-rates-shipping');
    expect(rules({ ...domestic, totals: { ...domestic.totals, gross: domestic.totals.gross + 1 } })).toEqual([
      'BR-CO-15',
    ]);
    const [first, ...rest] = domestic.vatBreakdown;
    if (!first) throw new Error('no breakdown');
    const wrongVat = { ...domestic, vatBreakdown: [{ ...first, vat: first.vat + 1 }, ...rest] };
    expect(rules(wrongVat)).toEqual(expect.arrayContaining(['BR-CO-14', 'BR-CO-17']));
    expect(rules({ ...domestic, vatBreakdown: rest })).toEqual(expect.arrayContaining(['BG-23', 'BR-CO-14']));
    const reverse = named('intra-eu-reverse-charge');
    expect(rules({ ...reverse, buyer: { ...reverse.buyer, vatNumber: null } })).toEqual(['BR-IC-02']);
    const exempt = reverse.vatBreakdown.map((row) => ({ ...row, net: row.net + 1 }));
    expect(rules({ ...reverse, vatBreakdown: exempt })).toEqual(['BR-IC-08']);
    expect(rules({ ...domestic, seller: { ...domestic.seller, vatNumber: '123456789' } })).toEqual([
      'BR-CO-09',
    ]);
  });

  it('stops the XML (and so the Factur-X PDF) from being produced for an invalid snapshot', () => {
    const domestic = named('domestic-two-rates-shipping');
    const broken = { ...domestic, totals: { ...domestic.totals, net: domestic.totals.net + 5 } };
    expect(() => assertValidEInvoice(broken)).toThrow(DomainError);
    expect(() => buildCiiXml(broken)).toThrow(/BR-CO-13/);
  });
});
