import type { jsPDF } from 'jspdf';
import { invoiceFontFamily } from './invoice-fonts';

/** A4 portrait in millimetres and the shared measurements of the invoice layout. */
export const layout = {
  pageWidth: 210,
  pageHeight: 297,
  marginX: 18,
  marginTop: 18,
  /** Content must end above this line; the footer lives below it. */
  contentBottom: 272,
  footerY: 282,
  contentWidth: 174,
  lineHeight: 4.4,
} as const;

export type FontStyle = 'normal' | 'bold';

/** Sets font style and size in one call. */
export function setFont(doc: jsPDF, style: FontStyle, size: number): void {
  doc.setFont(invoiceFontFamily, style);
  doc.setFontSize(size);
}

/** Splits `text` into lines no wider than `width` at the current font (typed wrapper over jsPDF). */
export function wrapText(doc: jsPDF, text: string, width: number): string[] {
  const parts: unknown = doc.splitTextToSize(text, width);
  return Array.isArray(parts) ? parts.map(String) : [String(parts)];
}

/** Writes lines from `y`, wrapping each to `width`; returns the y below the last line. */
export function writeLines(
  doc: jsPDF,
  lines: readonly string[],
  x: number,
  y: number,
  width: number,
  align: 'left' | 'right' = 'left',
): number {
  let cursor = y;
  for (const line of lines) {
    for (const part of wrapText(doc, line, width)) {
      doc.text(part, align === 'right' ? x + width : x, cursor, { align });
      cursor += layout.lineHeight;
    }
  }
  return cursor;
}

/** Height `lines` will take when wrapped to `width` at the current font. */
export function linesHeight(doc: jsPDF, lines: readonly string[], width: number): number {
  return lines.reduce((sum, line) => sum + wrapText(doc, line, width).length, 0) * layout.lineHeight;
}

/** Starts a new page when `height` does not fit below `y`; returns the y to draw at. */
export function ensureSpace(doc: jsPDF, y: number, height: number): number {
  if (y + height <= layout.contentBottom) return y;
  doc.addPage('a4', 'portrait');
  return layout.marginTop + 8;
}
