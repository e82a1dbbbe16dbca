import { packCommands, packCommandBarcodes } from '../domain/picking/command-barcodes';
import { layout, setFont, writeLines } from '../invoice-pdf/pdf-layout';
import { drawCode128 } from './code128';
import { warehouseLabels } from './warehouse-labels';
import { createWarehouseDocument, pdfBytes } from './warehouse-pdf-document';

/** What each command does, printed next to its barcode. */
const commandHelp = {
  en: {
    ship: 'Ship the packed order (fills the tracking field first when the method needs one)',
    partial: 'Ship only what is packed so far; the rest stays open',
    next: 'Leave this order (progress is kept) and open the next one in the queue',
    cancel_scan: 'Empty the box: forget every scan of this order',
  },
  de: {
    ship: 'Gepackte Bestellung versenden (vorher Sendungsnummer, wenn die Versandart eine verlangt)',
    partial: 'Nur das bisher Gepackte versenden; der Rest bleibt offen',
    next: 'Diese Bestellung verlassen (Fortschritt bleibt) und die nächste öffnen',
    cancel_scan: 'Karton leeren: alle Scans dieser Bestellung verwerfen',
  },
} as const;

/** Renders the sheet of command barcodes (SHIP, PARTIAL, NEXT, CANCEL-SCAN) to pin at the pack station. */
export function renderCommandSheetPdf(options: { language?: string | undefined } = {}): Uint8Array {
  const text = warehouseLabels(options.language);
  const help = options.language?.toLowerCase().startsWith('de') ? commandHelp.de : commandHelp.en;
  const doc = createWarehouseDocument(text.commandSheet, '2026-01-01T00:00:00.000Z', 'command-sheet');
  setFont(doc, 'bold', 18);
  doc.text(text.commandSheet, layout.marginX, layout.marginTop + 6);
  setFont(doc, 'normal', 10);
  doc.text(text.commandSheetHint, layout.marginX, layout.marginTop + 13);
  let y = layout.marginTop + 24;
  for (const command of packCommands) {
    const { code, label } = packCommandBarcodes[command];
    drawCode128(doc, code, { x: layout.marginX, y, width: 80, height: 28 });
    setFont(doc, 'bold', 22);
    doc.text(label, layout.marginX + 90, y + 10);
    setFont(doc, 'normal', 10);
    writeLines(doc, [help[command]], layout.marginX + 90, y + 18, 80);
    setFont(doc, 'normal', 8);
    doc.text(code, layout.marginX + 40, y + 32, { align: 'center' });
    y += 58;
  }
  return pdfBytes(doc);
}
