import {
  AFRelationship,
  PDFDict,
  PDFDocument,
  PDFHeader,
  PDFHexString,
  PDFName,
  PDFString,
  type PDFRef,
} from '@cantoo/pdf-lib';
import { stableHexId } from '../../invoice-pdf/pdf-format';
import { facturXXmp, type FacturXMetadata } from './factur-x-xmp';
import { srgbIccProfileBase64 } from './srgb-icc-profile';

export interface FacturXAttachment {
  /** The CII XML (EN 16931 profile). */
  xml: string;
  metadata: Omit<FacturXMetadata, 'fileName' | 'conformanceLevel'>;
}

const fileName = 'factur-x.xml';

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

let iccProfile: Uint8Array | undefined;
function srgbProfile(): Uint8Array {
  iccProfile ??= base64ToBytes(srgbIccProfileBase64);
  return iccProfile;
}

/** PDF/A OutputIntent with the sRGB profile (the colour space every page colour refers to). */
function addOutputIntent(doc: PDFDocument): void {
  const profile = doc.context.stream(srgbProfile(), { N: 3 });
  const profileRef: PDFRef = doc.context.register(profile);
  const intent = doc.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    RegistryName: PDFString.of('http://www.color.org'),
    DestOutputProfile: profileRef,
  });
  doc.catalog.set(PDFName.of('OutputIntents'), doc.context.obj([intent]));
}

/** XMP metadata stream on the catalog (uncompressed, as PDF/A requires it readable). */
function addXmpMetadata(doc: PDFDocument, meta: FacturXMetadata): void {
  const xmp = new TextEncoder().encode(facturXXmp(meta));
  const stream = doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML', Length: xmp.length });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

/** Info dictionary entries equal to the XMP (PDF/A checks they agree). */
function setInfo(doc: PDFDocument, meta: FacturXMetadata): void {
  const date = new Date(meta.createdAt);
  doc.setTitle(meta.title);
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setCreator(meta.producer);
  doc.setProducer(meta.producer);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  // jsPDF writes an empty /Keywords that the XMP would have to repeat; drop it instead.
  doc.context.lookup(doc.context.trailerInfo.Info, PDFDict)?.delete(PDFName.of('Keywords'));
}

/**
 * Turns a rendered invoice PDF into a Factur-X / ZUGFeRD hybrid: PDF/A-3B identification and
 * Factur-X XMP, an sRGB OutputIntent, and the CII XML embedded as `factur-x.xml` (AFRelationship
 * Alternative, listed in the catalog's /AF). Deterministic: the same input gives the same bytes.
 */
export async function attachFacturX(pdf: Uint8Array, attachment: FacturXAttachment): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const meta: FacturXMetadata = { ...attachment.metadata, fileName, conformanceLevel: 'EN 16931' };
  const date = new Date(meta.createdAt);
  await doc.attach(new TextEncoder().encode(attachment.xml), fileName, {
    mimeType: 'text/xml',
    description: 'Factur-X / ZUGFeRD invoice (UN/CEFACT CII, EN 16931)',
    creationDate: date,
    modificationDate: date,
    afRelationship: AFRelationship.Alternative,
  });
  addOutputIntent(doc);
  addXmpMetadata(doc, meta);
  setInfo(doc, meta);
  doc.context.header = PDFHeader.forVersion(1, 7);
  keepDocumentId(doc, attachment.xml);
  return doc.save({ useObjectStreams: false });
}

/** PDF/A needs a file identifier; jsPDF writes a stable one, so keep it (or derive one if missing). */
function keepDocumentId(doc: PDFDocument, xml: string): void {
  if (doc.context.trailerInfo.ID) return;
  const id = PDFHexString.of(stableHexId(xml));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
}
