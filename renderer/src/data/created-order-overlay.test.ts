import { describe, expect, it } from 'vitest';
import { testGermanSeller } from '../../../shared/domain/order/manual/test-seller';
import { testManager } from '../../../shared/domain/order/order-test-fixtures';
import type { StaffUser } from '../../../shared/schemas/user';
import type { OutboxEntry } from './local-schemas';
import { applyOverlay, createdOrderOf } from './overlay';

const storeId = '0190a000-0000-7000-8000-000000000001';
const orderId = '0190a000-0000-7000-8000-0000000000dd';
const actor: StaffUser = {
  ...testManager,
  permissions: [...testManager.permissions],
  storeId,
  email: 'm@example.com',
};
const product = {
  id: '0190a000-0000-7000-8000-000000000002',
  storeId,
  sku: 'P-2',
  name: 'Lamp',
  priceNet: 2000,
  vatCategory: 'standard',
  weightGrams: 100,
  stock: { onHand: 10, reserved: 0, available: 10 },
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const method = {
  id: '0190a000-0000-7000-8000-0000000000e1',
  storeId,
  name: 'DHL',
  carrier: 'DHL',
  countries: ['DE'],
  priceRule: { kind: 'flat', amount: 500 },
  trackingUrlTemplate: '',
  active: true,
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const address = { name: 'Ida', line1: 'Main Street 1', postalCode: '10115', city: 'Berlin', country: 'DE' };

function entry(n: number, overrides: Partial<OutboxEntry>): OutboxEntry {
  return {
    id: `0190a000-0000-7000-8003-${String(n).padStart(12, '0')}`,
    type: 'order.create_manual',
    targetId: orderId,
    expectedVersion: null,
    payload: {},
    userId: actor.id,
    deviceId: 'dev-1',
    createdAt: `2026-11-26T10:00:0${n}.000Z`,
    status: 'pending',
    appliedVersion: null,
    error: null,
    summary: 'New order',
    ...overrides,
  };
}

const create = entry(1, {
  payload: {
    draft: true,
    customerId: null,
    customer: { name: 'Ida', email: 'ida@example.com', type: 'b2c' },
    billingAddress: address,
    shippingAddress: address,
    shippingMethodId: method.id,
    items: [{ productId: product.id, quantity: 2 }],
    notes: '',
    tags: [],
    context: {
      seller: testGermanSeller(storeId),
      products: [product],
      shippingMethod: method,
      number: null,
      invoiced: false,
    },
  },
});

describe('orders created on this device', () => {
  it('are drawn from their creation command, with later commands on top, until the server’s copy arrives', () => {
    const created = createdOrderOf([create], actor);
    expect(created).toMatchObject({ id: orderId, draft: true, number: 'D-000000DD' });
    expect(created?.totals.gross).toBe(Math.round((4000 + 500) * 1.19));
    const [item] = created?.items ?? [];
    const recount = entry(2, {
      type: 'order.edit_items',
      payload: {
        items: [{ itemId: item?.id, quantity: 5 }],
        context: { ...(create.payload.context as object) },
      },
    });
    const shown = applyOverlay(created ?? ({} as never), [create, recount], actor);
    expect(shown.items[0]?.quantity).toBe(5);
    // applied and replicated (version reached) or rejected: no longer drawn from the outbox
    expect(createdOrderOf([{ ...create, status: 'rejected' }], actor)).toBeUndefined();
    expect(createdOrderOf([{ ...create, status: 'applied', appliedVersion: 1 }], actor)).toBeDefined();
  });
});
