import type { PickList } from '../domain/picking/build-pick-list';
import { defaultStoreTimeZone, storeDateTime } from '../dates/store-date';
import { layout, setFont, writeLines } from '../invoice-pdf/pdf-layout';
import { drawTable, warehouseTableStyles } from './draw-table';
import { warehouseLabels } from './warehouse-labels';
import { createWarehouseDocument, drawPageFooters, pdfBytes } from './warehouse-pdf-document';

export interface PickListInput {
  pickList: PickList;
  /** When the list was made (ISO date-time), printed and used as the PDF date. */
  createdAt: string;
  language?: string | undefined;
  /** The store's time zone: the printed time is the store's (Europe/Berlin when absent). */
  timeZone?: string | undefined;
}

/** Renders a pick list: one line per SKU with location and summed quantity, in walk order, with a tick box. */
export function renderPickListPdf(input: PickListInput): Uint8Array {
  const text = warehouseLabels(input.language);
  const { pickList } = input;
  const title = `${text.pickList} ${storeDateTime(input.createdAt, input.timeZone ?? defaultStoreTimeZone)}`;
  const doc = createWarehouseDocument(title, input.createdAt, `pick-list:${pickList.orderNumbers.join(',')}`);
  setFont(doc, 'bold', 18);
  doc.text(title, layout.marginX, layout.marginTop + 6);
  setFont(doc, 'normal', 9);
  const below = writeLines(
    doc,
    [
      `${text.orders} (${pickList.orderNumbers.length}): ${pickList.orderNumbers.map((n) => `#${n}`).join(', ')}`,
      `${text.totalUnits}: ${pickList.totalUnits}`,
    ],
    layout.marginX,
    layout.marginTop + 13,
    layout.contentWidth,
  );
  drawTable(doc, {
    ...warehouseTableStyles,
    startY: below + 2,
    margin: { left: layout.marginX, right: layout.marginX, bottom: 20 },
    showHead: 'everyPage',
    head: [[text.location, text.sku, text.item, text.quantity, text.orders, text.picked]],
    body: pickList.lines.map((line) => [
      line.location ?? text.noLocation,
      line.sku,
      line.name,
      String(line.quantity),
      line.orderNumbers.map((n) => `#${n}`).join(', '),
      '',
    ]),
    columnStyles: {
      0: { cellWidth: 24, fontStyle: 'bold' },
      1: { cellWidth: 24 },
      3: { cellWidth: 18, halign: 'right', fontStyle: 'bold' },
      4: { cellWidth: 40, fontSize: 8 },
      5: { cellWidth: 16 },
    },
  });
  drawPageFooters(doc, title, text);
  return pdfBytes(doc);
}
