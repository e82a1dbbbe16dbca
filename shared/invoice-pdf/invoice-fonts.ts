import type { jsPDF } from 'jspdf';
import { dejaVuSansBoldBase64, dejaVuSansRegularBase64 } from './fonts/dejavu-sans-data';

/**
 * The one font family of invoice PDFs: DejaVu Sans, embedded (as a subset of the glyphs used) so
 * every EU name and address prints as written (Łódź, Dvořák, Øresund, Şişli, Αθήνα, София) and
 * PDF/A-3 finds every font embedded. jsPDF's standard 14 fonts are Latin-1 only and never embedded.
 */
export const invoiceFontFamily = 'DejaVuSans';

const faces = [
  { file: 'DejaVuSans.ttf', style: 'normal', data: dejaVuSansRegularBase64 },
  { file: 'DejaVuSans-Bold.ttf', style: 'bold', data: dejaVuSansBoldBase64 },
] as const;

/** Registers the invoice font (regular and bold) on `doc` and selects it; works in the browser and in Node. */
export function useInvoiceFonts(doc: jsPDF): void {
  for (const face of faces) {
    doc.addFileToVFS(face.file, face.data);
    doc.addFont(face.file, invoiceFontFamily, face.style, undefined, 'Identity-H');
  }
  doc.setFont(invoiceFontFamily, 'normal');
}
