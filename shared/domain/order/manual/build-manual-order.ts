import type { Order } from '../../../schemas/order';
import type { ShippingMethod } from '../../../schemas/shipping-method';
import { DomainError, parseOrThrow } from '../../../errors';
import { priceCheckout } from '../../checkout/price-checkout';
import { isEuCountry } from '../../vat/is-eu-country';
import type { CommandContext } from '../define-order-command';
import { buildOrderEvent } from '../define-order-command';
import type { OrderEffect } from '../effects';
import { assertPermission } from '../permissions';
import { assertStockAvailable, productFrom, sumByProduct } from './catalog-lookup';
import { derivedId, provisionalOrderNumber } from './derived-id';
import { createManualOrderPayloadSchema, type CreateManualOrderPayload } from './manual-order-schemas';

export const createManualOrderType = 'order.create_manual';

/** The chosen method from the context, active and serving the shipping country, else a structured 4xx. */
function methodFor(payload: CreateManualOrderPayload): ShippingMethod {
  const method = payload.context.shippingMethod;
  if (!method || method.id !== payload.shippingMethodId || !method.active)
    throw new DomainError('NOT_FOUND', `Shipping method ${payload.shippingMethodId} not found`, {
      issues: [{ path: 'shippingMethodId', message: 'Unknown or inactive shipping method' }],
    });
  if (!method.countries.includes(payload.shippingAddress.country))
    throw new DomainError(
      'BUSINESS_RULE',
      `${method.name} does not ship to ${payload.shippingAddress.country}`,
      {
        details: { reason: 'country_not_served', country: payload.shippingAddress.country },
        issues: [{ path: 'shippingAddress.country', message: 'Not served by this shipping method' }],
      },
    );
  return method;
}

/**
 * Builds a manual order (or a draft) from catalog prices, the VAT decision tree and the method's
 * shipping rule: the same pricing as checkout. A placed order reserves its stock; a draft reserves
 * nothing and keeps a provisional number until it is confirmed.
 */
export function buildManualOrder(
  orderId: string,
  payload: CreateManualOrderPayload,
  ctx: CommandContext,
): { order: Order; effects: OrderEffect[] } {
  const { seller, products } = payload.context;
  if (!isEuCountry(seller.country))
    throw new DomainError(
      'BUSINESS_RULE',
      'The store is not established in the EU; manual orders are unavailable',
    );
  const method = methodFor(payload);
  const lines = payload.items.map((item, index) => ({
    product: productFrom(products, item.productId, `items.${index}.productId`),
    quantity: item.quantity,
  }));
  const reserve = sumByProduct(payload.items);
  if (!payload.draft) assertStockAvailable(products, reserve);
  let itemIndex = 0;
  const pricing = priceCheckout({
    sellerCountry: seller.country,
    destinationCountry: payload.shippingAddress.country,
    customer: payload.customer,
    ossRegistered: seller.ossRegistered,
    distanceSalesThresholdExceeded: seller.distanceSalesThresholdExceeded,
    pricesIncludeVat: seller.pricesIncludeVat,
    lines,
    shippingRule: method.priceRule,
    newId: () => derivedId(ctx.commandId, itemIndex++),
  });
  const { customer } = payload;
  const order: Order = {
    id: orderId,
    storeId: seller.storeId,
    number: payload.draft
      ? provisionalOrderNumber(orderId)
      : (payload.context.number ?? provisionalOrderNumber(orderId)),
    channel: 'direct',
    marketplace: null,
    externalId: null,
    customerId: payload.customerId,
    customer: {
      name: customer.name,
      email: customer.email,
      type: customer.type,
      ...(customer.vatNumber ? { vatNumber: customer.vatNumber } : {}),
      ...(customer.buyerReference ? { buyerReference: customer.buyerReference } : {}),
    },
    billingAddress: payload.billingAddress,
    shippingAddress: payload.shippingAddress,
    currency: seller.currency,
    items: pricing.items,
    shippingMethodId: method.id,
    shippingCost: pricing.shippingCost,
    totals: pricing.totals,
    vatTreatment: pricing.vatTreatment,
    status: 'pending',
    statusBeforeHold: null,
    paymentStatus: 'unpaid',
    fulfillmentStatus: 'unfulfilled',
    tags: [...new Set(payload.tags)],
    notes: payload.notes,
    shipments: [],
    openExceptionCount: 0,
    cancelReason: null,
    ...(payload.draft ? { draft: true } : {}),
    events: [],
    version: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  return { order, effects: payload.draft ? [] : [{ kind: 'stock.reserve', lines: reserve }] };
}

/** Runs `order.create_manual` (permission, payload, build, timeline), the same on device and server. */
export function runCreateManualOrder(input: { orderId: string; payload: unknown; ctx: CommandContext }): {
  order: Order;
  effects: OrderEffect[];
} {
  assertPermission(input.ctx.actor, 'orders.edit');
  const payload = parseOrThrow(createManualOrderPayloadSchema, input.payload, 'command payload');
  const { order, effects } = buildManualOrder(input.orderId, payload, input.ctx);
  const event = buildOrderEvent(input.ctx, {
    type: 'created',
    message: payload.draft
      ? `Draft created by ${input.ctx.actor.name}`
      : `Created manually by ${input.ctx.actor.name}`,
    data: { manual: true, draft: payload.draft },
  });
  return { order: { ...order, events: [event] }, effects };
}
