import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildCiiXml } from './build-cii-xml';
import { einvoiceCorpus } from './einvoice-test-corpus';
import { renderEInvoicePdf } from './render-e-invoice-pdf';

const [first] = einvoiceCorpus();
if (!first) throw new Error('empty corpus');
const { invoice } = first;

function dictAt(doc: PDFDocument, dict: PDFDict, key: string): PDFDict {
  return doc.context.lookup(dict.get(PDFName.of(key)), PDFDict);
}

describe('renderEInvoicePdf', () => {
  it('attaches factur-x.xml as an associated file (/AF, AFRelationship Alternative, text/xml)', async () => {
    const doc = await PDFDocument.load(await renderEInvoicePdf(invoice));
    const af = doc.catalog.lookup(PDFName.of('AF'), PDFArray);
    expect(af.size()).toBe(1);
    const spec = doc.context.lookup(af.get(0), PDFDict);
    expect(spec.get(PDFName.of('AFRelationship'))).toBe(PDFName.of('Alternative'));
    expect(spec.get(PDFName.of('F'))?.toString()).toContain('factur-x.xml');
    const file = doc.context.lookup(dictAt(doc, spec, 'EF').get(PDFName.of('F')), PDFStream);
    expect(file.dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('text/xml'));
    const attachments = doc.getAttachments();
    expect(attachments.map((attachment) => attachment.name)).toEqual(['factur-x.xml']);
    expect(new TextDecoder().decode(attachments[0]?.data)).toBe(buildCiiXml(invoice, 'en16931'));
  });

  it('declares PDF/A-3B with the Factur-X XMP and an sRGB OutputIntent', async () => {
    const doc = await PDFDocument.load(await renderEInvoicePdf(invoice));
    const metadata = doc.context.lookup(doc.catalog.get(PDFName.of('Metadata')));
    if (!(metadata instanceof PDFRawStream)) throw new Error('no XMP metadata stream');
    const xmp = new TextDecoder().decode(metadata.contents);
    expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain('<fx:DocumentType>INVOICE</fx:DocumentType>');
    expect(xmp).toContain('<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>');
    expect(xmp).toContain('<pdfaSchema:prefix>fx</pdfaSchema:prefix>');
    const intents = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    const intent = doc.context.lookup(intents.get(0), PDFDict);
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFA1'));
    const profile = doc.context.lookup(intent.get(PDFName.of('DestOutputProfile')), PDFStream);
    expect(profile.dict.get(PDFName.of('N'))?.toString()).toBe('3');
    expect(doc.getTitle()).toBe(`Invoice ${invoice.number}`);
    expect(doc.getKeywords()).toBeUndefined();
    expect(doc.context.trailerInfo.ID).toBeDefined();
  });

  it('gives the same bytes for the same snapshot', async () => {
    expect(await renderEInvoicePdf(invoice)).toEqual(await renderEInvoicePdf(structuredClone(invoice)));
  });
});
