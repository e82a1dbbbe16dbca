import type { jsPDF } from 'jspdf';
import { invoiceFontFamily } from './invoice-fonts';
import { layout, wrapText } from './pdf-layout';

/**
 * A fixed-layout table drawn with jsPDF primitives (filled rectangles and text). The invoice tables
 * have known column widths and plain text cells, so a general table engine (jspdf-autotable, which
 * measured about a third of the time to draw an invoice) is not needed. Looks as the autoTable
 * tables it replaces: same paddings, line height, colours, striping and page breaks.
 */
export interface TableColumn {
  /** Width in mm. */
  width: number;
  align: 'left' | 'right';
}

export interface TableSpec {
  left: number;
  columns: readonly TableColumn[];
  head: readonly string[];
  body: readonly (readonly string[])[];
  fontSize: number;
  headFontSize: number;
  /** Padding in mm: left/right and top/bottom. */
  padding: { x: number; y: number };
  /** Shades every other body row (the first included), as autoTable's "striped" theme. */
  striped: boolean;
  /** Head text sits at the bottom of the head row (multi-line headings). */
  headAlignBottom: boolean;
}

interface PreparedRow {
  cells: string[][];
  height: number;
}

const headFill = [236, 238, 242] as const;
const stripeFill = 245;
const textColor = 20;
const lineHeightFactor = 1.15;
/** Where the top padding ends, the first baseline sits this many font sizes lower (autoTable's rule). */
const baselineOffset = 2 - lineHeightFactor;
/** Where a table continues on a new page (below the continuation header). */
const continuationTop = layout.marginTop + 8;
const ptToMm = 25.4 / 72;

function lineHeight(fontSize: number): number {
  return fontSize * ptToMm * lineHeightFactor;
}

function prepareRow(doc: jsPDF, spec: TableSpec, texts: readonly string[], fontSize: number): PreparedRow {
  const cells = spec.columns.map((column, index) =>
    wrapText(doc, texts[index] ?? '', column.width - 2 * spec.padding.x),
  );
  const lines = Math.max(1, ...cells.map((cell) => cell.length));
  return { cells, height: lines * lineHeight(fontSize) + 2 * spec.padding.y };
}

function drawCells(
  doc: jsPDF,
  spec: TableSpec,
  row: PreparedRow,
  top: number,
  fontSize: number,
  alignBottom: boolean,
): void {
  const step = lineHeight(fontSize);
  let x = spec.left;
  spec.columns.forEach((column, index) => {
    const lines = row.cells[index] ?? [];
    if (lines.length > 0) {
      const first = alignBottom
        ? top + row.height - spec.padding.y - lines.length * step
        : top + spec.padding.y;
      const textX = column.align === 'right' ? x + column.width - spec.padding.x : x + spec.padding.x;
      doc.text(lines, textX, first + fontSize * ptToMm * baselineOffset, {
        align: column.align,
        lineHeightFactor,
      });
    }
    x += column.width;
  });
}

function tableWidth(spec: TableSpec): number {
  return spec.columns.reduce((sum, column) => sum + column.width, 0);
}

function drawHead(doc: jsPDF, spec: TableSpec, head: PreparedRow, top: number): number {
  doc.setFillColor(headFill[0], headFill[1], headFill[2]);
  doc.rect(spec.left, top, tableWidth(spec), head.height, 'F');
  doc.setFont(invoiceFontFamily, 'bold');
  doc.setFontSize(spec.headFontSize);
  doc.setTextColor(textColor);
  drawCells(doc, spec, head, top, spec.headFontSize, spec.headAlignBottom);
  doc.setFont(invoiceFontFamily, 'normal');
  doc.setFontSize(spec.fontSize);
  return top + head.height;
}

/**
 * Draws the table from `top`, repeating the head on every page; a row that does not fit moves to
 * the next page whole. Returns the y below the last row; leaves the text colour black.
 */
export function drawTable(doc: jsPDF, spec: TableSpec, top: number): number {
  doc.setFont(invoiceFontFamily, 'bold');
  doc.setFontSize(spec.headFontSize);
  const head = prepareRow(doc, spec, spec.head, spec.headFontSize);
  doc.setFont(invoiceFontFamily, 'normal');
  doc.setFontSize(spec.fontSize);
  const rows = spec.body.map((texts) => prepareRow(doc, spec, texts, spec.fontSize));
  let y = drawHead(doc, spec, head, top);
  rows.forEach((row, index) => {
    if (y + row.height > layout.contentBottom) {
      doc.addPage('a4', 'portrait');
      y = drawHead(doc, spec, head, continuationTop);
    }
    if (spec.striped && index % 2 === 0) {
      doc.setFillColor(stripeFill, stripeFill, stripeFill);
      doc.rect(spec.left, y, tableWidth(spec), row.height, 'F');
    }
    doc.setTextColor(textColor);
    drawCells(doc, spec, row, y, spec.fontSize, false);
    y += row.height;
  });
  doc.setTextColor(0);
  return y;
}
