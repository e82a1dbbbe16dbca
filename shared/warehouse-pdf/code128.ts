import JsBarcode from 'jsbarcode';
import type { jsPDF } from 'jspdf';

/** One bar of a linear barcode: offset and width in modules. */
export interface BarRun {
  start: number;
  width: number;
}

/** Encodes `text` as Code 128 (JsBarcode's encoder, no DOM): the bar runs and the total width in modules. */
export function encodeCode128(text: string): { bars: BarRun[]; modules: number } {
  const target: { encodings?: { data: string }[] } = {};
  JsBarcode(target, text, { format: 'CODE128', displayValue: false, margin: 0 });
  const pattern = (target.encodings ?? []).map((encoding) => encoding.data).join('');
  if (pattern === '') throw new RangeError(`Cannot encode "${text}" as Code 128`);
  const bars: BarRun[] = [];
  for (let index = 0; index < pattern.length; index += 1) {
    if (pattern[index] !== '1') continue;
    const last = bars.at(-1);
    if (last && last.start + last.width === index) last.width += 1;
    else bars.push({ start: index, width: 1 });
  }
  return { bars, modules: pattern.length };
}

/** Draws a Code 128 barcode at (x, y) scaled to `width` mm with bars `height` mm tall. */
export function drawCode128(
  doc: jsPDF,
  text: string,
  box: { x: number; y: number; width: number; height: number },
): void {
  const { bars, modules } = encodeCode128(text);
  const moduleWidth = box.width / modules;
  doc.setFillColor(0, 0, 0);
  for (const bar of bars) {
    doc.rect(box.x + bar.start * moduleWidth, box.y, bar.width * moduleWidth, box.height, 'F');
  }
}

/** Width in mm that keeps a module at least `minModule` mm (0.33 mm scans reliably on laser printers). */
export function code128Width(text: string, minModule = 0.33): number {
  return encodeCode128(text).modules * minModule;
}
