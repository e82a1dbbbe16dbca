import { describe, expect, it } from 'vitest';
import { computeCustomerOrderStats } from './customer-order-stats';
import { makeTestOrder } from './order-test-fixtures';

const base = {
  id: '0190a000-0000-7000-8000-0000000000c1',
  storeId: '0190a000-0000-7000-8000-000000000001',
  customerId: '0190a000-0000-7000-8000-0000000000c1',
  currency: 'EUR',
  version: 3,
};
const now = '2026-11-20T09:00:00.000Z';

describe('computeCustomerOrderStats', () => {
  it('counts live orders in the totals and cancelled ones apart, with first and last order dates', () => {
    const first = makeTestOrder(1);
    const second = makeTestOrder(2);
    const cancelled = makeTestOrder(3, { status: 'cancelled' });
    const stats = computeCustomerOrderStats(base, [second, cancelled, first], now);
    expect(stats).toMatchObject({
      orderCount: 3,
      cancelledCount: 1,
      totalSpentGross: first.totals.gross + second.totals.gross,
      averageOrderValueGross: first.totals.gross,
      firstOrderAt: first.createdAt,
      lastOrderAt: cancelled.createdAt,
      refundedTotal: 0,
      version: 3,
      updatedAt: now,
    });
  });

  it('leaves drafts out until they are placed', () => {
    const placed = makeTestOrder(1);
    const draft = makeTestOrder(2, { draft: true });
    const stats = computeCustomerOrderStats(base, [placed, draft], now);
    expect(stats).toMatchObject({
      orderCount: 1,
      totalSpentGross: placed.totals.gross,
      lastOrderAt: placed.createdAt,
    });
    expect(computeCustomerOrderStats(base, [draft], now)).toMatchObject({
      orderCount: 0,
      firstOrderAt: null,
    });
  });

  it('sums refunds by amount as well as by items', () => {
    const byAmount = makeTestOrder(1, {
      refunds: [
        {
          id: '0190a000-0000-7000-8000-0000000000f1',
          amount: 1234,
          items: [],
          restock: false,
          reason: 'Goodwill',
          providerReference: 're_1',
          createdAt: now,
        },
      ],
    });
    const order = makeTestOrder(2);
    const byItems = { ...order, items: order.items.map((item) => ({ ...item, quantityRefunded: 1 })) };
    const stats = computeCustomerOrderStats(base, [byAmount, byItems], now);
    expect(stats.refundedTotal).toBe(1234 + Math.round((byItems.items[0]?.lineGross ?? 0) / 2));
  });

  it('is empty for a customer without orders', () => {
    expect(computeCustomerOrderStats(base, [], now)).toMatchObject({
      orderCount: 0,
      averageOrderValueGross: 0,
      firstOrderAt: null,
      lastOrderAt: null,
    });
  });
});
