import type { jsPDF } from 'jspdf';
import { invoiceFontFamily } from '../invoice-pdf/invoice-fonts';
import { autoTable, type CellHookData } from 'jspdf-autotable';

/** Runs autoTable and returns the y below the table's last row. */
export function drawTable(doc: jsPDF, options: Parameters<typeof autoTable>[1]): number {
  let bottom = typeof options.startY === 'number' ? options.startY : 0;
  autoTable(doc, {
    ...options,
    didDrawCell: (data: CellHookData) => {
      bottom = data.cell.y + data.cell.height;
    },
  });
  return bottom;
}

/** The table look shared by packing slips and pick lists (large, readable on the warehouse floor). */
export const warehouseTableStyles = {
  theme: 'grid',
  styles: {
    font: invoiceFontFamily,
    fontSize: 10,
    cellPadding: 1.8,
    overflow: 'linebreak',
    valign: 'middle',
  },
  headStyles: { fillColor: [40, 40, 40], textColor: 255, fontStyle: 'bold' },
} as const satisfies Partial<Parameters<typeof autoTable>[1]>;
