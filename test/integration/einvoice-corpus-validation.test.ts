import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCiiXml, ciiGuidelines, serializeCiiXml } from '../../shared/einvoice/build-cii-xml';
import { einvoiceCorpus } from '../../shared/einvoice/einvoice-test-corpus';
import { vatTreatmentSchema } from '../../shared/schemas/common';
import { renderEInvoicePdf } from '../../shared/einvoice/render-e-invoice-pdf';
import {
  businessRuleFailures,
  validatorsInstalled,
  writeXmlFiles,
  xsdErrors,
} from '../factories/einvoice-validation';

const corpus = einvoiceCorpus();

describe('e-invoice corpus against the official EN 16931 artifacts (../shared/einvoice)', () => {
  it('has xmllint, Java and Saxon-HE (apt: libxml2-utils libsaxonhe-java)', () => {
    expect(validatorsInstalled()).toBe(true);
  });

  it('covers every VAT treatment, a zero-rated line, credit notes and an XRechnung', () => {
    const treatments = new Set(corpus.map(({ invoice }) => invoice.vatTreatment));
    expect([...treatments].sort()).toEqual([...vatTreatmentSchema.options].sort());
    expect(corpus.some(({ invoice }) => invoice.kind === 'credit_note')).toBe(true);
    expect(corpus.some(({ invoice }) => invoice.buyer.buyerReference)).toBe(true);
    expect(corpus.some(({ invoice }) => invoice.lines.some((line) => line.kind === 'shipping'))).toBe(true);
    expect(corpus.some(({ invoice }) => new Set(invoice.lines.map((line) => line.vatRate)).size > 1)).toBe(
      true,
    );
  });

  it('gives 0 XSD errors and 0 failed business rules (CII D16B schema, EN16931-CII-validation.xslt)', () => {
    const dir = writeXmlFiles(
      Object.fromEntries(corpus.map(({ name, invoice }) => [name, buildCiiXml(invoice)])),
    );
    expect(xsdErrors(dir)).toEqual([]);
    const failures = businessRuleFailures(dir);
    expect(failures.filter((failure) => failure.flag === 'fatal')).toEqual([]);
    expect(failures).toEqual([]);
  }, 120_000);

  it('the validation catches a broken invoice (wrong total, reverse charge without buyer VAT id)', () => {
    const domestic = corpus.find(({ name }) => name === 'domestic-two-rates-shipping')?.invoice;
    const reverseCharge = corpus.find(({ name }) => name === 'intra-eu-reverse-charge')?.invoice;
    if (!domestic || !reverseCharge) throw new Error('corpus changed');
    const dir = writeXmlFiles({
      wrongTotal: serializeCiiXml({
        ...domestic,
        totals: { ...domestic.totals, gross: domestic.totals.gross + 1 },
      }),
      noBuyerVatId: serializeCiiXml({ ...reverseCharge, buyer: { ...reverseCharge.buyer, vatNumber: null } }),
    });
    const failures = businessRuleFailures(dir).filter((failure) => failure.flag === 'fatal');
    expect(failures.map((failure) => `${failure.file}:${failure.id}`)).toEqual(
      expect.arrayContaining(['wrongTotal.xml:BR-CO-15', 'noBuyerVatId.xml:BR-IC-02']),
    );
  }, 120_000);

  it('embeds the XML as factur-x.xml in a PDF/A-3 Factur-X for every corpus invoice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factur-x-'));
    for (const { name, invoice } of corpus) {
      const file = join(dir, `${name}.pdf`);
      writeFileSync(file, await renderEInvoicePdf(invoice));
      expect(execFileSync('pdfdetach', ['-list', file], { encoding: 'utf8' })).toMatch(/1: factur-x\.xml/);
      execFileSync('pdfdetach', ['-save', '1', '-o', `${file}.xml`, file]);
      const embedded = readFileSync(`${file}.xml`, 'utf8');
      expect(embedded).toBe(buildCiiXml(invoice, 'en16931'));
      expect(embedded).toContain(`<ram:ID>${ciiGuidelines.en16931}</ram:ID>`);
      const xmp = execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
      expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
      expect(xmp).toContain('<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>');
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/PDF version:\s+1\.7/);
    }
  }, 120_000);
});
