import type { Command } from '../../shared/schemas/command';
import type { Customer } from '../../shared/schemas/customer';
import type { Order } from '../../shared/schemas/order';
import type { Product } from '../../shared/schemas/product';
import type { ShippingMethod } from '../../shared/schemas/shipping-method';
import type { StaffUser } from '../../shared/schemas/user';
import { DomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import type { OrderPricingContext } from '../../shared/domain/order/manual/manual-order-schemas';
import { runCreateManualOrder } from '../../shared/domain/order/manual/build-manual-order';
import type { WriteScope } from '../db/write-scope';
import { afterOrderWritten } from './after-order-written';
import { allocateOrderNumber } from './allocate-order-number';
import { activeInvoiceOf, listOrderInvoicesIn } from './invoicing/invoice-queries';
import { loadStoreIn } from './invoicing/invoice-settings-store';
import { findOrder } from './load-order';
import { applyStockEffects } from './stock-effects';
import { storeOssFlags } from './storefront-store';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Product ids named by a payload's `items` (new lines only for an item edit). */
function productIdsOf(payload: unknown): string[] {
  if (!isRecord(payload) || !Array.isArray(payload.items)) return [];
  return payload.items.flatMap((item: unknown) =>
    isRecord(item) && typeof item.productId === 'string' ? [item.productId] : [],
  );
}

async function productsOf(scope: WriteScope, storeId: string, ids: readonly string[]): Promise<Product[]> {
  const products: Product[] = [];
  for (const id of new Set(ids)) {
    const stored = await scope.getDoc<Product>('products', id, { storeId });
    if (stored && !stored.deleted) products.push({ ...stored.data, version: stored.version });
  }
  return products;
}

interface ContextNeeds {
  productIds: readonly string[];
  shippingMethodId?: unknown;
  /** Hand out the store's next order number (inside the command's savepoint: a refusal leaves no gap). */
  number: boolean;
  order?: Order;
}

/** The server's own pricing context for a manual-order command: it replaces whatever the device sent. */
async function serverContext(
  scope: WriteScope,
  storeId: string,
  needs: ContextNeeds,
): Promise<OrderPricingContext> {
  const store = await loadStoreIn(scope, storeId);
  const oss = await scope.memo('oss-flags', () => storeOssFlags(scope.tx, storeId));
  let shippingMethod: ShippingMethod | null = null;
  if (typeof needs.shippingMethodId === 'string') {
    const stored = await scope.getDoc<ShippingMethod>('shipping_methods', needs.shippingMethodId, {
      storeId,
    });
    shippingMethod = stored && !stored.deleted ? stored.data : null;
  }
  const invoices = needs.order ? await listOrderInvoicesIn(scope, needs.order.id) : [];
  return {
    seller: {
      storeId: store.id,
      country: store.country,
      currency: store.currency,
      ossRegistered: oss.ossRegistered,
      distanceSalesThresholdExceeded: oss.distanceSalesThresholdExceeded,
      pricesIncludeVat: oss.pricesIncludeVat,
    },
    products: await productsOf(scope, storeId, needs.productIds),
    shippingMethod,
    number: needs.number ? await allocateOrderNumber(scope.tx, storeId) : null,
    invoiced: activeInvoiceOf(invoices) !== undefined,
  };
}

/** `order.edit_items`: today's products for new lines, whether the order is invoiced. */
export async function prepareEditItems(
  scope: WriteScope,
  storeId: string,
  payload: unknown,
  order: Order,
): Promise<unknown> {
  if (!isRecord(payload)) return payload;
  const context = await serverContext(scope, storeId, {
    productIds: productIdsOf(payload),
    number: false,
    order,
  });
  return { ...payload, context };
}

/** `order.confirm_draft`: the final number and the stock of the draft's products. */
export async function prepareConfirmDraft(
  scope: WriteScope,
  storeId: string,
  payload: unknown,
  order: Order,
): Promise<unknown> {
  if (!isRecord(payload)) return payload;
  const productIds = order.items.flatMap((item) => (item.productId ? [item.productId] : []));
  const number = order.draft === true;
  return { ...payload, context: await serverContext(scope, storeId, { productIds, number }) };
}

async function assertCustomer(scope: WriteScope, storeId: string, customerId: unknown): Promise<void> {
  if (typeof customerId !== 'string') return;
  const stored = await scope.getDoc<Customer>('customers', customerId, { storeId });
  if (!stored || stored.deleted)
    throw new DomainError('NOT_FOUND', 'Unknown customer', {
      issues: [{ path: 'customerId', message: 'No such customer in this store' }],
    });
}

/**
 * Applies `order.create_manual` with authority: a new id only, the server's prices, stock, VAT
 * position and order number (drafts get none), stock reserved, automation for a placed order.
 */
export async function applyCreateManualOrder(
  scope: WriteScope,
  user: StaffUser,
  command: Command,
  now: string,
): Promise<number> {
  const taken = await scope.getDoc<Order>('orders', command.targetId);
  if (taken)
    throw new DomainError('CONFLICT', 'An order with this id already exists', {
      details: { reason: 'order_exists' },
    });
  const payload = isRecord(command.payload) ? command.payload : {};
  await assertCustomer(scope, user.storeId, payload.customerId);
  const context = await serverContext(scope, user.storeId, {
    productIds: productIdsOf(payload),
    shippingMethodId: payload.shippingMethodId,
    number: payload.draft === false,
  });
  const { order, effects } = runCreateManualOrder({
    orderId: command.targetId,
    payload: { ...payload, context },
    ctx: { actor: user, deviceId: command.deviceId, commandId: command.id, now, newId },
  });
  await applyStockEffects(scope, effects, now);
  scope.putDoc('orders', order);
  scope.touch('orders');
  if (order.draft === true) return order.version;
  await afterOrderWritten(scope, null, order, now);
  return (await findOrder(scope, user.storeId, order.id))?.version ?? order.version;
}
