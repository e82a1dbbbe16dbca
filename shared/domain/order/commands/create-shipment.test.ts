import { describe, expect, it } from 'vitest';
import { makeItem, makeOrder } from '../../invoicing/invoice-test-fixtures';
import { runOrderCommand } from '../run-order-command';
import { makeCommandContext } from './command-test-context';
import { domainFailure as failure } from './domain-failure';

const shipmentId = '0190a000-0000-7000-b000-000000000001';
const lamp = makeItem(1, 'Brass desk lamp', 4990, 2, 20);
const book = makeItem(2, 'Art book', 2500, 1, 5.5);

function ship(
  order = makeOrder({ items: [lamp, book] }),
  items = [{ orderItemId: lamp.id, quantity: 1 }],
  extra: Record<string, unknown> = {},
) {
  return runOrderCommand({
    order,
    type: 'order.create_shipment',
    payload: {
      shipmentId,
      carrier: 'DHL',
      trackingNumber: 'JJD 001',
      trackingUrl: 'https://t.example/JJD%20001',
      items,
      ...extra,
    },
    ctx: makeCommandContext(),
  });
}

describe('order.create_shipment', () => {
  it('ships part of an order: partially shipped, stock committed, shipment recorded', () => {
    const { order, effects } = ship();
    expect(order.status).toBe('partially_shipped');
    expect(order.fulfillmentStatus).toBe('partially_fulfilled');
    expect(order.items[0]?.quantityShipped).toBe(1);
    expect(order.shipments).toEqual([
      expect.objectContaining({
        id: shipmentId,
        status: 'shipped',
        carrier: 'DHL',
        trackingUrl: 'https://t.example/JJD%20001',
        shippedAt: '2026-03-05T12:00:00.000Z',
      }),
    ]);
    expect(effects).toEqual([{ kind: 'stock.commit', lines: [{ productId: lamp.productId, quantity: 1 }] }]);
    expect(order.events.at(-1)).toMatchObject({ type: 'shipment_created', deviceId: 'device-test' });
  });

  it('ships the rest: order shipped and fulfilled', () => {
    const first = ship().order;
    const rest = runOrderCommand({
      order: first,
      type: 'order.create_shipment',
      payload: {
        shipmentId: '0190a000-0000-7000-b000-000000000002',
        carrier: 'DPD',
        trackingNumber: 'X2',
        items: [
          { orderItemId: lamp.id, quantity: 1 },
          { orderItemId: book.id, quantity: 1 },
        ],
      },
      ctx: makeCommandContext(),
    }).order;
    expect(rest.status).toBe('shipped');
    expect(rest.fulfillmentStatus).toBe('fulfilled');
    expect(rest.shipments).toHaveLength(2);
    expect(rest.shipments[1]?.trackingUrl).toBeNull();
  });

  it('counts cancelled units as done', () => {
    const order = makeOrder({ items: [{ ...lamp, quantityCancelled: 1 }, book] });
    const result = ship(order, [
      { orderItemId: lamp.id, quantity: 1 },
      { orderItemId: book.id, quantity: 1 },
    ]);
    expect(result.order.status).toBe('shipped');
  });

  it('refuses more than remains to ship, also when split over lines', () => {
    const error = failure(() =>
      ship(undefined, [
        { orderItemId: lamp.id, quantity: 2 },
        { orderItemId: lamp.id, quantity: 1 },
      ]),
    );
    expect(error.code).toBe('BUSINESS_RULE');
    expect(error.details).toMatchObject({ rule: 'over_ship', remaining: 2, requested: 3 });
  });

  it('refuses unknown items and empty shipments', () => {
    expect(
      failure(() => ship(undefined, [{ orderItemId: '0190a000-0000-7000-9000-0000000000ff', quantity: 1 }]))
        .code,
    ).toBe('BAD_INPUT');
    expect(failure(() => ship(undefined, [])).code).toBe('BAD_INPUT');
  });

  it('refuses cancelled, on-hold and pending orders', () => {
    for (const status of ['cancelled', 'on_hold', 'pending'] as const) {
      expect(failure(() => ship(makeOrder({ items: [lamp, book], status }))).code).toBe('INVALID_TRANSITION');
    }
  });

  it('refuses an order with open marketplace exceptions', () => {
    const error = failure(() =>
      ship(makeOrder({ items: [lamp, { ...book, productId: null }], openExceptionCount: 1 })),
    );
    expect(error.code).toBe('BUSINESS_RULE');
    expect(error.details).toMatchObject({ rule: 'open_exceptions' });
  });

  it('refuses the same shipment id twice', () => {
    expect(failure(() => ship(ship().order)).code).toBe('CONFLICT');
  });

  it('needs orders.edit', () => {
    const error = failure(() =>
      runOrderCommand({
        order: makeOrder(),
        type: 'order.create_shipment',
        payload: {
          shipmentId,
          carrier: 'DHL',
          trackingNumber: '1',
          items: [{ orderItemId: lamp.id, quantity: 1 }],
        },
        ctx: makeCommandContext(['orders.view']),
      }),
    );
    expect(error.code).toBe('FORBIDDEN');
  });
});
