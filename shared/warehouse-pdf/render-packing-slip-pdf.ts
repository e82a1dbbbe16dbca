import type { jsPDF } from 'jspdf';
import type { Address } from '../schemas/common';
import type { Order } from '../schemas/order';
import { remainingToShip } from '../domain/order/fulfillment';
import { countryName } from '../invoice-pdf/pdf-format';
import { layout, setFont, writeLines } from '../invoice-pdf/pdf-layout';
import { drawCode128 } from './code128';
import { drawTable, warehouseTableStyles } from './draw-table';
import { defaultStoreTimeZone, storeDate } from '../dates/store-date';
import { warehouseLabels, type WarehouseLabels } from './warehouse-labels';
import { createWarehouseDocument, drawPageFooters, pdfBytes } from './warehouse-pdf-document';

export type PackingSlipOrder = Pick<
  Order,
  'id' | 'number' | 'createdAt' | 'shippingAddress' | 'items' | 'notes' | 'giftMessage'
>;

/** Everything a packing slip shows; no prices by design (the parcel may be a gift). */
export interface PackingSlipInput {
  order: PackingSlipOrder;
  sender: { name: string; address: Address } | null;
  shippingMethodName: string | null;
  /** Document language (BCP 47); German for `de*`, English otherwise. */
  language?: string | undefined;
  /** The store's time zone: the order date is the store's calendar day (Europe/Berlin when absent). */
  timeZone?: string | undefined;
}

function addressLines(address: Address, language: string | undefined): string[] {
  return [
    address.name,
    address.company ?? '',
    address.line1,
    address.line2 ?? '',
    `${address.postalCode} ${address.city}`,
    countryName(address.country, language?.toLowerCase().startsWith('de') ? 'de' : 'en'),
  ].filter((line) => line !== '');
}

function drawHeader(doc: jsPDF, input: PackingSlipInput, text: WarehouseLabels): number {
  const { order } = input;
  const right = layout.pageWidth - layout.marginX;
  setFont(doc, 'bold', 18);
  doc.text(text.packingSlip, layout.marginX, layout.marginTop + 6);
  setFont(doc, 'bold', 14);
  doc.text(`${text.order} #${order.number}`, right, layout.marginTop + 6, { align: 'right' });
  drawCode128(doc, order.number, { x: right - 60, y: layout.marginTop + 9, width: 60, height: 14 });
  setFont(doc, 'normal', 9);
  doc.text(
    `${text.orderDate}: ${storeDate(order.createdAt, input.timeZone ?? defaultStoreTimeZone)}`,
    right,
    layout.marginTop + 28,
    { align: 'right' },
  );
  if (input.shippingMethodName)
    doc.text(`${text.shippingMethod}: ${input.shippingMethodName}`, right, layout.marginTop + 32.5, {
      align: 'right',
    });
  let y = layout.marginTop + 20;
  setFont(doc, 'bold', 9);
  doc.text(text.shipTo, layout.marginX, y);
  setFont(doc, 'normal', 11);
  y = writeLines(doc, addressLines(order.shippingAddress, input.language), layout.marginX, y + 5, 90);
  if (input.sender) {
    setFont(doc, 'normal', 8);
    doc.setTextColor(90);
    const sender = input.sender.address;
    doc.text(
      `${text.from}: ${input.sender.name} · ${sender.line1} · ${sender.postalCode} ${sender.city}`,
      layout.marginX,
      y + 1,
    );
    doc.setTextColor(0);
    y += 5;
  }
  return Math.max(y, layout.marginTop + 38) + 4;
}

/** Notes and gift message in a framed box, before the items, so the packer cannot miss them. */
function drawRemarks(doc: jsPDF, order: PackingSlipOrder, text: WarehouseLabels, top: number): number {
  const remarks = [
    ...(order.notes.trim() ? [`${text.notes}: ${order.notes.trim()}`] : []),
    ...(order.giftMessage?.trim() ? [`${text.giftMessage}: ${order.giftMessage.trim()}`] : []),
  ];
  if (remarks.length === 0) return top;
  setFont(doc, 'bold', 11);
  const bottom = writeLines(doc, remarks, layout.marginX + 3, top + 6, layout.contentWidth - 6);
  doc.setLineWidth(0.6);
  doc.rect(layout.marginX, top, layout.contentWidth, bottom - top);
  return bottom + 4;
}

function drawItems(doc: jsPDF, order: PackingSlipOrder, text: WarehouseLabels, startY: number): void {
  const items = order.items.filter((item) => item.quantity - item.quantityCancelled > 0);
  const anyShippedBefore = items.some((item) => item.quantityShipped > 0);
  drawTable(doc, {
    ...warehouseTableStyles,
    startY,
    margin: { left: layout.marginX, right: layout.marginX },
    head: [
      [text.sku, text.item, text.gtin, text.quantity, ...(anyShippedBefore ? [text.shippedBefore] : [])],
    ],
    body: items.map((item) => [
      item.product.sku ?? '',
      item.product.name,
      item.product.gtin ?? '',
      String(anyShippedBefore ? remainingToShip(item) : item.quantity - item.quantityCancelled),
      ...(anyShippedBefore ? [String(item.quantityShipped)] : []),
    ]),
    columnStyles: { 0: { cellWidth: 28 }, 2: { cellWidth: 36 }, 3: { cellWidth: 20, halign: 'right' } },
  });
}

/** Renders a packing slip: order number with its Code 128 barcode, ship-to, notes, items and quantities. */
export function renderPackingSlipPdf(input: PackingSlipInput): Uint8Array {
  const text = warehouseLabels(input.language);
  const title = `${text.packingSlip} #${input.order.number}`;
  const doc = createWarehouseDocument(title, input.order.createdAt, `packing-slip:${input.order.id}`);
  const afterHeader = drawHeader(doc, input, text);
  const afterRemarks = drawRemarks(doc, input.order, text, afterHeader);
  drawItems(doc, input.order, text, afterRemarks);
  drawPageFooters(doc, title, text);
  return pdfBytes(doc);
}
