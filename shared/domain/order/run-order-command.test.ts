import { describe, expect, it } from 'vitest';
import type { Order } from '../../schemas/order';
import { DomainError } from '../../errors';
import { computeOrderTotals } from './compute-totals';
import type { Actor } from './permissions';
import { runOrderCommand } from './run-order-command';

const storeId = '0190a000-0000-7000-8000-000000000001';
const productId = '0190a000-0000-7000-8000-000000000002';

function order(overrides: Partial<Order> = {}): Order {
  const items: Order['items'] = [
    {
      id: '0190a000-0000-7000-8000-000000000003',
      productId,
      product: { name: 'Tent', sku: 'T-1', unitPriceNet: 10000, vatRate: 19, vatCategory: 'standard' },
      quantity: 2,
      quantityShipped: 0,
      quantityCancelled: 0,
      quantityRefunded: 0,
      lineNet: 20000,
      lineVat: 3800,
      lineGross: 23800,
    },
  ];
  const address = { name: 'A', line1: 'B 1', postalCode: '10115', city: 'Berlin', country: 'DE' };
  return {
    id: '0190a000-0000-7000-8000-000000000004',
    storeId,
    number: '1001',
    channel: 'direct',
    marketplace: null,
    externalId: null,
    customerId: null,
    customer: { name: 'A', email: 'a@example.com', type: 'b2c' },
    billingAddress: address,
    shippingAddress: address,
    currency: 'EUR',
    items,
    shippingMethodId: null,
    shippingCost: 0,
    totals: computeOrderTotals(items, 0),
    vatTreatment: 'domestic',
    status: 'confirmed',
    statusBeforeHold: null,
    paymentStatus: 'paid',
    fulfillmentStatus: 'unfulfilled',
    tags: [],
    notes: '',
    shipments: [],
    openExceptionCount: 0,
    cancelReason: null,
    events: [],
    version: 3,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

const manager: Actor = {
  id: '0190a000-0000-7000-8000-00000000000a',
  name: 'Max',
  permissions: ['orders.view', 'orders.edit', 'orders.cancel'],
  isAdmin: false,
};
const viewer: Actor = { ...manager, name: 'Vic', permissions: ['orders.view'] };
const ctx = (actor: Actor) => ({
  actor,
  deviceId: 'dev-1',
  commandId: '0190a000-0000-7000-8000-0000000000cc',
  now: '2026-11-02T10:00:00.000Z',
  newId: () => '0190a000-0000-7000-8000-0000000000ee',
});

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
  return undefined;
}

describe('runOrderCommand', () => {
  it('applies a status change, bumps the version and records who did it', () => {
    const result = runOrderCommand({
      order: order(),
      type: 'order.set_status',
      payload: { status: 'processing' },
      ctx: ctx(manager),
    });
    expect(result.order.status).toBe('processing');
    expect(result.order.version).toBe(4);
    expect(result.order.events.at(-1)).toMatchObject({
      userName: 'Max',
      deviceId: 'dev-1',
      type: 'status_changed',
    });
  });

  it('refuses a transition the state machine forbids, listing what is allowed', () => {
    try {
      runOrderCommand({
        order: order(),
        type: 'order.set_status',
        payload: { status: 'completed' },
        ctx: ctx(manager),
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('INVALID_TRANSITION');
      expect((error as DomainError).details).toMatchObject({ allowed: ['processing', 'on_hold'] });
    }
  });

  it('refuses without the permission, naming it', () => {
    expect(
      codeOf(() =>
        runOrderCommand({ order: order(), type: 'order.cancel', payload: { reason: 'x' }, ctx: ctx(viewer) }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(() =>
        runOrderCommand({
          order: order(),
          type: 'order.set_status',
          payload: { status: 'processing' },
          ctx: ctx(viewer),
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('cancels with a reason and releases the open quantity', () => {
    const result = runOrderCommand({
      order: order(),
      type: 'order.cancel',
      payload: { reason: 'Customer request' },
      ctx: ctx(manager),
    });
    expect(result.order.status).toBe('cancelled');
    expect(result.effects).toEqual([{ kind: 'stock.release', lines: [{ productId, quantity: 2 }] }]);
  });

  it('refuses to cancel after anything shipped, and rejects a blank reason', () => {
    const shipped = order({
      status: 'partially_shipped',
      items: order().items.map((i) => ({ ...i, quantityShipped: 1 })),
    });
    expect(
      codeOf(() =>
        runOrderCommand({
          order: shipped,
          type: 'order.cancel',
          payload: { reason: 'x' },
          ctx: ctx(manager),
        }),
      ),
    ).toBe('INVALID_TRANSITION');
    expect(
      codeOf(() =>
        runOrderCommand({
          order: order(),
          type: 'order.cancel',
          payload: { reason: '  ' },
          ctx: ctx(manager),
        }),
      ),
    ).toBe('BAD_INPUT');
  });

  it('merges tags without duplicates and rejects unknown command types', () => {
    const tagged = runOrderCommand({
      order: order({ tags: ['vip'] }),
      type: 'order.add_tags',
      payload: { tags: ['vip', 'gift'] },
      ctx: ctx(manager),
    });
    expect(tagged.order.tags).toEqual(['vip', 'gift']);
    expect(
      codeOf(() =>
        runOrderCommand({ order: order(), type: 'order.explode', payload: {}, ctx: ctx(manager) }),
      ),
    ).toBe('BAD_INPUT');
  });
});
