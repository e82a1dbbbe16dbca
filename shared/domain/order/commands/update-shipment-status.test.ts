import { describe, expect, it } from 'vitest';
import type { Order, Shipment } from '../../../schemas/order';
import { makeOrder } from '../../invoicing/invoice-test-fixtures';
import { runOrderCommand } from '../run-order-command';
import { makeCommandContext } from './command-test-context';
import { domainFailure } from './domain-failure';

function shipment(id: string, status: Shipment['status'] = 'shipped'): Shipment {
  return {
    id,
    shippingMethodId: null,
    carrier: 'DHL',
    trackingNumber: `T-${id.slice(-2)}`,
    trackingUrl: null,
    items: [],
    status,
    createdAt: '2026-03-03T10:00:00.000Z',
    shippedAt: '2026-03-03T10:00:00.000Z',
    deliveredAt: null,
  };
}
const a = '0190a000-0000-7000-b000-000000000001';
const b = '0190a000-0000-7000-b000-000000000002';

function update(order: Order, shipmentId: string, status: string): Order {
  return runOrderCommand({
    order,
    type: 'order.update_shipment_status',
    payload: { shipmentId, status },
    ctx: makeCommandContext(),
  }).order;
}

describe('order.update_shipment_status', () => {
  const shipped = makeOrder({
    status: 'shipped',
    fulfillmentStatus: 'fulfilled',
    shipments: [shipment(a), shipment(b)],
  });

  it('moves a shipment along and stamps delivery', () => {
    const order = update(update(shipped, a, 'in_transit'), a, 'delivered');
    expect(order.shipments[0]).toMatchObject({
      status: 'delivered',
      deliveredAt: '2026-03-05T12:00:00.000Z',
    });
    expect(order.status).toBe('shipped');
  });

  it('delivers the order when every shipment is delivered', () => {
    expect(update(update(shipped, a, 'delivered'), b, 'delivered').status).toBe('delivered');
  });

  it('does not deliver a partially shipped order', () => {
    const partial = makeOrder({ status: 'partially_shipped', shipments: [shipment(a)] });
    expect(update(partial, a, 'delivered').status).toBe('partially_shipped');
  });

  it('refuses going back and unknown shipments', () => {
    const returned = update(shipped, a, 'returned');
    const error = domainFailure(() => update(returned, a, 'delivered'));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toMatchObject({ from: 'returned', allowed: [] });
    expect(
      domainFailure(() => update(shipped, '0190a000-0000-7000-b000-0000000000ff', 'delivered')).code,
    ).toBe('NOT_FOUND');
    expect(domainFailure(() => update(shipped, a, 'shipped')).code).toBe('BAD_INPUT');
  });
});
