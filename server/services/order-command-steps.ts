import type { Command } from '../../shared/schemas/command';
import type { Order } from '../../shared/schemas/order';
import type { ShippingMethod } from '../../shared/schemas/shipping-method';
import { DomainError } from '../../shared/errors';
import { trackingUrlFor } from '../../shared/domain/order/fulfillment';
import type { WriteScope } from '../db/write-scope';
import { refundPayment } from '../payments/refund-payment';
import { redecideOrderVat } from '../../shared/domain/vat/decide-order-vat';
import { activeInvoiceOf, listOrderInvoicesIn } from './invoicing/invoice-queries';
import { loadStoreIn } from './invoicing/invoice-settings-store';
import { storeVatContext } from './storefront-store';
import { prepareConfirmDraft, prepareEditItems } from './manual-order-steps';

/** Server-only work around a shared order command, in its transaction (zbugs: the server adds only server effects). */
export interface OrderCommandStep {
  /** Rewrites payload fields the server decides from its own data, before the shared command runs. */
  prepare?: (scope: WriteScope, storeId: string, payload: unknown, order: Order) => Promise<unknown>;
  /** Performs server effects once the shared command accepted the change; returns the order to store. */
  finalize?: (scope: WriteScope, order: Order, command: Command) => Promise<Order>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function shippingMethodOf(
  scope: WriteScope,
  storeId: string,
  id: unknown,
): Promise<ShippingMethod | null> {
  if (typeof id !== 'string') return null;
  const stored = await scope.getDoc<ShippingMethod>('shipping_methods', id, { storeId });
  if (!stored || stored.deleted) {
    throw new DomainError('BAD_INPUT', 'Unknown shipping method', {
      issues: [{ path: 'shippingMethodId', message: 'No such shipping method in this store' }],
    });
  }
  return stored.data;
}

/** The tracking URL comes from the server's own shipping method, whatever the device sent. */
async function prepareShipment(scope: WriteScope, storeId: string, payload: unknown): Promise<unknown> {
  if (!isRecord(payload)) return payload;
  const method = await shippingMethodOf(scope, storeId, payload.shippingMethodId);
  const trackingNumber = typeof payload.trackingNumber === 'string' ? payload.trackingNumber : '';
  return { ...payload, trackingUrl: trackingUrlFor(method, trackingNumber) };
}

async function prepareUpdate(scope: WriteScope, storeId: string, payload: unknown): Promise<unknown> {
  if (isRecord(payload)) await shippingMethodOf(scope, storeId, payload.shippingMethodId);
  return payload;
}

/** Pays the refund back through the provider and records its reference on the refund and the event. */
async function finalizeRefund(scope: WriteScope, order: Order, command: Command): Promise<Order> {
  const refundId = isRecord(command.payload) ? command.payload.refundId : undefined;
  const refund = order.refunds?.find((candidate) => candidate.id === refundId);
  if (!refund) throw new DomainError('INTERNAL', 'Refund missing after the refund command');
  const providerReference = await refundPayment(scope.tx, order, refund);
  const events = order.events.map((event) =>
    event.commandId === command.id && event.type === 'refunded'
      ? { ...event, data: { ...event.data, providerReference } }
      : event,
  );
  const refunds = (order.refunds ?? []).map((candidate) =>
    candidate.id === refund.id ? { ...candidate, providerReference } : candidate,
  );
  return { ...order, refunds, events };
}

/**
 * A new shipping or billing address on an order not yet invoiced runs the VAT decision tree again
 * (DE → CH becomes an export) and reprices VAT; an invoiced order keeps its invoice's VAT (a change
 * there goes through a credit note).
 */
async function finalizeUpdate(scope: WriteScope, order: Order, command: Command): Promise<Order> {
  const payload = isRecord(command.payload) ? command.payload : {};
  if (payload.shippingAddress === undefined && payload.billingAddress === undefined) return order;
  const invoices = await listOrderInvoicesIn(scope, order.id);
  if (activeInvoiceOf(invoices)) return order;
  const store = await loadStoreIn(scope, order.storeId);
  const { order: repriced, note } = redecideOrderVat(order, await storeVatContext(scope.tx, store));
  if (note === null) return repriced;
  const events = repriced.events.map((event) =>
    event.commandId === command.id && event.type === 'order_updated'
      ? {
          ...event,
          message: `${event.message}. ${note}`,
          data: { ...event.data, vatTreatment: repriced.vatTreatment },
        }
      : event,
  );
  return { ...repriced, events };
}

/** Server steps by command type; commands without one run the shared function alone. */
export const orderCommandSteps: ReadonlyMap<string, OrderCommandStep> = new Map<string, OrderCommandStep>([
  ['order.create_shipment', { prepare: prepareShipment }],
  ['order.update', { prepare: prepareUpdate, finalize: finalizeUpdate }],
  ['order.refund', { finalize: finalizeRefund }],
  ['order.edit_items', { prepare: prepareEditItems }],
  ['order.confirm_draft', { prepare: prepareConfirmDraft }],
]);
