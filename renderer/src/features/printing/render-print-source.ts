import { orderSchema, type Order } from '../../../../shared/schemas/order';
import { productSchema } from '../../../../shared/schemas/product';
import { invoiceSchema, type Invoice } from '../../../../shared/schemas/invoice';
import type { StoreInvoiceSettings } from '../../../../shared/schemas/invoice-settings';
import type { Store } from '../../../../shared/schemas/store';
import { DomainError } from '../../../../shared/errors';
import { buildPickList } from '../../../../shared/domain/picking/build-pick-list';
import { renderInvoicePdf } from '../../../../shared/invoice-pdf/render-invoice-pdf';
import { renderPackingSlipPdf } from '../../../../shared/warehouse-pdf/render-packing-slip-pdf';
import { renderPickListPdf } from '../../../../shared/warehouse-pdf/render-pick-list-pdf';
import { renderCommandSheetPdf } from '../../../../shared/warehouse-pdf/render-command-sheet-pdf';
import type { DataContextValue } from '../../data/data-context';
import { localInvoices } from '../../data/invoicing-store';
import { i18next } from '../../i18n/i18n';
import type { PrintSource } from './print-queue';

async function localOrder(data: DataContextValue, id: string): Promise<Order> {
  const doc = await data.db.orders.findOne(id).exec();
  const parsed = orderSchema.safeParse(doc?.toJSON());
  if (!parsed.success) throw new DomainError('NOT_FOUND', `Order ${id} is not on this workstation`);
  return parsed.data;
}

async function settingsOf(
  data: DataContextValue,
): Promise<(StoreInvoiceSettings & { store?: Store }) | undefined> {
  const doc = await data.db.invoicesettings.findOne(data.session.user.storeId).exec();
  return doc ? (doc.toJSON() as unknown as StoreInvoiceSettings & { store?: Store }) : undefined;
}

async function shippingMethodName(data: DataContextValue, id: string | null): Promise<string | null> {
  if (id === null) return null;
  const doc = await data.db.shippingmethods.findOne(id).exec();
  const name: unknown = doc?.get('name');
  return typeof name === 'string' ? name : null;
}

async function packingSlip(data: DataContextValue, orderId: string): Promise<Uint8Array> {
  const order = await localOrder(data, orderId);
  const settings = await settingsOf(data);
  return renderPackingSlipPdf({
    order,
    sender: settings ? { name: settings.store?.name ?? settings.legalName, address: settings.address } : null,
    shippingMethodName: await shippingMethodName(data, order.shippingMethodId),
    language: settings?.language,
    timeZone: settings?.timeZone,
  });
}

async function orderInvoice(data: DataContextValue, orderId: string): Promise<Invoice> {
  const replicated = (await data.db.invoices.find({ selector: { orderId } }).exec()).flatMap((doc) => {
    const parsed = invoiceSchema.safeParse(doc.toJSON());
    return parsed.success ? [parsed.data] : [];
  });
  const all = [...replicated, ...(await localInvoices(data.session.user.storeId, orderId))];
  const invoice = all
    .filter((candidate) => candidate.kind === 'invoice')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (!invoice) throw new DomainError('BUSINESS_RULE', 'The order has no invoice yet: issue it, then retry');
  return invoice;
}

async function pickList(data: DataContextValue, orderIds: readonly string[]): Promise<Uint8Array> {
  const orders = await Promise.all(orderIds.map((id) => localOrder(data, id)));
  const productIds = [
    ...new Set(orders.flatMap((order) => order.items.flatMap((item) => item.productId ?? []))),
  ];
  const products = [...(await data.db.products.findByIds(productIds).exec()).values()].flatMap((doc) => {
    const parsed = productSchema.safeParse(doc.toJSON());
    return parsed.success ? [parsed.data] : [];
  });
  const settings = await settingsOf(data);
  return renderPickListPdf({
    pickList: buildPickList(orders, products),
    createdAt: new Date().toISOString(),
    language: settings?.language,
    timeZone: settings?.timeZone,
  });
}

/** Renders the PDF of a print job from this workstation's data (works offline). */
export async function renderPrintSource(data: DataContextValue, source: PrintSource): Promise<Uint8Array> {
  switch (source.kind) {
    case 'packing_slip':
      return packingSlip(data, source.orderId);
    case 'invoice':
      return renderInvoicePdf(await orderInvoice(data, source.orderId));
    case 'pick_list':
      return pickList(data, source.orderIds);
    case 'command_sheet':
      return renderCommandSheetPdf({ language: i18next.language }); // for the packer: the UI language
  }
}
