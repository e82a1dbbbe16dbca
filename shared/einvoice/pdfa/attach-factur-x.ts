import { jsPDF } from 'jspdf';
import { facturXXmp, type FacturXMetadata } from './factur-x-xmp';
import { pdfDate } from '../../invoice-pdf/pdf-format';
import { srgbIccProfileBase64 } from './srgb-icc-profile';
import { jsPdfWriter, type JsPdfWriter } from './jspdf-writer';

export interface FacturXAttachment {
  /** The CII XML (EN 16931 profile). */
  xml: string;
  metadata: Omit<FacturXMetadata, 'fileName' | 'conformanceLevel' | 'producer'>;
}

const fileName = 'factur-x.xml';
const description = 'Factur-X / ZUGFeRD invoice (UN/CEFACT CII, EN 16931)';

/** UTF-8 bytes of `text` as a binary string (one char per byte), the form jsPDF writes; ASCII runs as they are. */
function utf8Binary(text: string): string {
  const encoder = new TextEncoder();
  return text.replace(/[\u0080-\uffff]+/g, (run) => String.fromCharCode(...encoder.encode(run)));
}

/** The sRGB ICC profile as a binary string, decoded once per process. */
let iccProfile: string | undefined;
function srgbProfile(): string {
  iccProfile ??= atob(srgbIccProfileBase64);
  return iccProfile;
}

interface FacturXObjects {
  fileSpec: number;
  outputIntent: number;
  metadata: number;
}

/** Writes the embedded XML, its file specification, the OutputIntent with its profile and the XMP. */
function putObjects(pdf: JsPdfWriter, attachment: FacturXAttachment, meta: FacturXMetadata): FacturXObjects {
  const xml = utf8Binary(attachment.xml);
  const date = pdfDate(meta.createdAt);
  const file = pdf.newObject();
  pdf.putStream({
    data: xml,
    filters: ['FlateEncode'],
    objectId: file,
    additionalKeyValues: [
      { key: 'Type', value: '/EmbeddedFile' },
      { key: 'Subtype', value: '/text#2Fxml' },
      { key: 'Params', value: `<< /Size ${xml.length} /CreationDate (${date}) /ModDate (${date}) >>` },
    ],
  });
  pdf.write('endobj');
  const fileSpec = pdf.newObject();
  pdf.write(
    `<< /Type /Filespec /F (${fileName}) /UF (${fileName}) /Desc (${pdf.pdfEscape(description)})` +
      ` /AFRelationship /Alternative /EF << /F ${file} 0 R /UF ${file} 0 R >> >>`,
  );
  pdf.write('endobj');
  const profile = pdf.newObject();
  pdf.putStream({
    data: srgbProfile(),
    filters: [],
    objectId: profile,
    additionalKeyValues: [{ key: 'N', value: '3' }],
  });
  pdf.write('endobj');
  const outputIntent = pdf.newObject();
  pdf.write(
    '<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1)' +
      ` /Info (sRGB IEC61966-2.1) /RegistryName (http://www.color.org) /DestOutputProfile ${profile} 0 R >>`,
  );
  pdf.write('endobj');
  // XMP stays uncompressed, as PDF/A wants it readable without a filter.
  const xmp = utf8Binary(facturXXmp(meta));
  const metadata = pdf.newObject();
  pdf.putStream({
    data: xmp,
    filters: [],
    objectId: metadata,
    additionalKeyValues: [
      { key: 'Type', value: '/Metadata' },
      { key: 'Subtype', value: '/XML' },
    ],
  });
  pdf.write('endobj');
  return { fileSpec, outputIntent, metadata };
}

/**
 * Makes the jsPDF document a Factur-X / ZUGFeRD hybrid when it is written: PDF/A-3B identification
 * and Factur-X XMP, an sRGB OutputIntent, and the CII XML embedded as `factur-x.xml`
 * (AFRelationship Alternative, listed in the catalog's /AF and /Names). Written by jsPDF's own
 * serializer in the same pass as the pages, so the PDF is not parsed and written a second time.
 * The Info dictionary is set from the same metadata as the XMP (PDF/A needs them to agree); its
 * producer is jsPDF, which writes it.
 */
export function attachFacturX(doc: jsPDF, attachment: FacturXAttachment): void {
  const pdf = jsPdfWriter(doc);
  const meta: FacturXMetadata = {
    ...attachment.metadata,
    producer: `jsPDF ${jsPDF.version}`,
    fileName,
    conformanceLevel: 'EN 16931',
  };
  doc.setDocumentProperties({
    title: meta.title,
    author: meta.author,
    subject: meta.subject,
    creator: meta.creator,
    keywords: '',
  });
  doc.setCreationDate(pdfDate(meta.createdAt));
  let objects: FacturXObjects | undefined;
  pdf.setPdfVersion('1.7');
  doc.internal.events.subscribe('postPutResources', () => {
    objects = putObjects(pdf, attachment, meta);
  });
  doc.internal.events.subscribe('putCatalog', () => {
    if (!objects) return;
    pdf.write(`/Metadata ${objects.metadata} 0 R`);
    pdf.write(`/Names << /EmbeddedFiles << /Names [(${fileName}) ${objects.fileSpec} 0 R] >> >>`);
    pdf.write(`/AF [${objects.fileSpec} 0 R]`);
    pdf.write(`/OutputIntents [${objects.outputIntent} 0 R]`);
  });
}
