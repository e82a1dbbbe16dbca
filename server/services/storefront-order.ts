import type { Order, PaymentStatus } from '../../shared/schemas/order';
import type { CheckoutInput, CustomerOrder } from '../../shared/schemas/storefront';
import type { Store } from '../../shared/schemas/store';
import { newId } from '../../shared/ids';
import type { CheckoutQuote } from './checkout-quote';

export interface NewStorefrontOrder {
  store: Store;
  input: CheckoutInput;
  quote: CheckoutQuote;
  number: string;
  customerId: string | null;
  paid: boolean;
  now: string;
}

/** The order document of a storefront checkout: confirmed when paid, else pending until the payment completes. */
export function buildStorefrontOrder({
  store,
  input,
  quote,
  number,
  customerId,
  paid,
  now,
}: NewStorefrontOrder): Order {
  const paymentStatus: PaymentStatus = paid ? 'paid' : 'unpaid';
  const event = (type: string, message: string): Order['events'][number] => ({
    id: newId(),
    at: now,
    userId: null,
    userName: null,
    deviceId: null,
    commandId: null,
    type,
    message,
  });
  return {
    id: newId(),
    storeId: store.id,
    number,
    channel: 'direct',
    marketplace: null,
    externalId: null,
    customerId,
    customer: {
      name: input.customer.name,
      email: input.customer.email,
      type: input.customer.type,
      ...(input.customer.vatNumber ? { vatNumber: input.customer.vatNumber } : {}),
      ...(input.customer.buyerReference ? { buyerReference: input.customer.buyerReference } : {}),
    },
    billingAddress: input.billingAddress,
    shippingAddress: input.shippingAddress,
    currency: store.currency,
    items: quote.items,
    shippingMethodId: quote.method.id,
    shippingCost: quote.shippingCost,
    totals: quote.totals,
    vatTreatment: quote.vatTreatment,
    status: paid ? 'confirmed' : 'pending',
    statusBeforeHold: null,
    paymentStatus,
    fulfillmentStatus: 'unfulfilled',
    tags: [],
    notes: '',
    shipments: [],
    openExceptionCount: 0,
    cancelReason: null,
    events: [
      event('created', 'Placed in the storefront'),
      event('payment', paid ? 'Payment captured' : 'Payment awaiting customer action'),
    ],
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** What a customer may see of their order (no internal notes, tags, staff history). */
export function toCustomerOrder(order: Order): CustomerOrder {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the omitted fields are internal to the back office
  const { notes, tags, events, statusBeforeHold, openExceptionCount, marketplace, externalId, ...visible } =
    order;
  return visible;
}
