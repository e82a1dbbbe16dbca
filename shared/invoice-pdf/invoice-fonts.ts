import type { jsPDF } from 'jspdf';
import { dejaVuSansBoldBase64, dejaVuSansRegularBase64 } from './fonts/dejavu-sans-data';
import { reuseParsedFonts } from './parsed-font-cache';
import { skipRtlProcessingOfLtrText } from './skip-rtl-text-processing';

/**
 * The one font family of invoice PDFs: DejaVu Sans, embedded (as a subset of the glyphs used) so
 * every EU name and address prints as written (Łódź, Dvořák, Øresund, Şişli, Αθήνα, София) and
 * PDF/A-3 finds every font embedded. jsPDF's standard 14 fonts are Latin-1 only and never embedded.
 */
export const invoiceFontFamily = 'DejaVuSans';

const faces = [
  { file: 'DejaVuSans.ttf', style: 'normal', base64: dejaVuSansRegularBase64 },
  { file: 'DejaVuSans-Bold.ttf', style: 'bold', base64: dejaVuSansBoldBase64 },
] as const;

/**
 * The TTF files as binary strings, decoded once per process: jsPDF takes a VFS file that starts
 * with the TrueType signature as binary as is, so no document pays the base64 decoding again.
 */
let binaryFaces: readonly string[] | undefined;
function fontFiles(): readonly string[] {
  binaryFaces ??= faces.map((face) => atob(face.base64));
  return binaryFaces;
}

/** Registers the invoice font (regular and bold) on `doc` and selects it; works in the browser and in Node. */
export function useInvoiceFonts(doc: jsPDF): void {
  reuseParsedFonts();
  skipRtlProcessingOfLtrText();
  const files = fontFiles();
  faces.forEach((face, index) => {
    doc.addFileToVFS(face.file, files[index] ?? '');
    doc.addFont(face.file, invoiceFontFamily, face.style, undefined, 'Identity-H');
  });
  doc.setFont(invoiceFontFamily, 'normal');
}
