import type { Address } from '../../../../shared/schemas/common';
import type { Customer, CustomerType } from '../../../../shared/schemas/customer';
import type { Order } from '../../../../shared/schemas/order';
import type { StaffUser } from '../../../../shared/schemas/user';
import type { OrderPricingContext } from '../../../../shared/domain/order/manual/manual-order-schemas';
import { runCreateManualOrder } from '../../../../shared/domain/order/manual/build-manual-order';
import { isDomainError, type DomainErrorBody } from '../../../../shared/errors';
import type { AddressDraft } from '../orders/order-edit-form';

/** One product line as typed: the product and its quantity. */
export interface LineDraft {
  productId: string;
  quantity: number;
}

/** The new-order form's state. */
export interface NewOrderDraft {
  customerId: string | null;
  customer: { name: string; email: string; type: CustomerType; vatNumber: string };
  shippingAddress: AddressDraft;
  billingAddress: AddressDraft;
  billingSameAsShipping: boolean;
  shippingMethodId: string;
  lines: LineDraft[];
  notes: string;
}

const emptyAddress: AddressDraft = {
  name: '',
  company: '',
  line1: '',
  line2: '',
  postalCode: '',
  city: '',
  country: 'DE',
};

export function emptyNewOrder(): NewOrderDraft {
  return {
    customerId: null,
    customer: { name: '', email: '', type: 'b2c', vatNumber: '' },
    shippingAddress: emptyAddress,
    billingAddress: emptyAddress,
    billingSameAsShipping: true,
    shippingMethodId: '',
    lines: [],
    notes: '',
  };
}

function addressDraftOf(address: Address): AddressDraft {
  return { ...address, company: address.company ?? '', line2: address.line2 ?? '' };
}

/** The draft with an existing customer chosen: their details and default address filled in. */
export function withCustomer(draft: NewOrderDraft, customer: Customer): NewOrderDraft {
  const address = customer.defaultAddress ? addressDraftOf(customer.defaultAddress) : draft.shippingAddress;
  return {
    ...draft,
    customerId: customer.id,
    customer: {
      name: customer.name,
      email: customer.email,
      type: customer.type,
      vatNumber: customer.vatNumber ?? '',
    },
    shippingAddress: address,
    billingAddress: address,
  };
}

/** An address as sent: optional fields left empty are omitted (the shared schema checks the rest). */
export function addressOf(draft: AddressDraft): Address {
  const { company, line2, ...required } = draft;
  return {
    ...required,
    ...(company.trim() === '' ? {} : { company }),
    ...(line2.trim() === '' ? {} : { line2 }),
  };
}

/** The `order.create_manual` payload for the form as it stands. */
export function createPayloadOf(
  draft: NewOrderDraft,
  context: OrderPricingContext,
  asDraft: boolean,
): Record<string, unknown> {
  const shippingAddress = addressOf(draft.shippingAddress);
  const vatNumber = draft.customer.vatNumber.trim();
  return {
    draft: asDraft,
    customerId: draft.customerId,
    customer: {
      name: draft.customer.name,
      email: draft.customer.email.trim(),
      type: draft.customer.type,
      ...(vatNumber === '' ? {} : { vatNumber }),
    },
    shippingAddress,
    billingAddress: draft.billingSameAsShipping ? shippingAddress : addressOf(draft.billingAddress),
    shippingMethodId: draft.shippingMethodId,
    items: draft.lines.map((line) => ({ productId: line.productId, quantity: line.quantity })),
    notes: draft.notes,
    tags: [],
    context,
  };
}

/** The order the form would create (the shared function, as the server will run it), or why not. */
export function previewOf(
  payload: Record<string, unknown>,
  actor: StaffUser,
): { ok: true; order: Order } | { ok: false; error: DomainErrorBody } {
  try {
    const order = runCreateManualOrder({
      orderId: '00000000-0000-7000-8000-000000000000',
      payload,
      ctx: {
        actor,
        deviceId: 'preview',
        commandId: '00000000-0000-7000-8000-000000000000',
        now: new Date().toISOString(),
        newId: () => '00000000-0000-7000-8000-000000000000',
      },
    }).order;
    return { ok: true, order };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, error: error.toBody() };
    throw error;
  }
}
