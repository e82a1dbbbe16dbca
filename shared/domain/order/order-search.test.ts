import { describe, expect, it } from 'vitest';
import { makeRandomTestOrder, makeTestOrder, seededRandom } from './order-test-fixtures';
import type { compileOrderFilter } from './order-search';
import {
  buildSearchEntry,
  gtin14,
  mergeOrderEntries,
  orderSortKeys,
  queryOrderEntries,
  sortOrderEntries,
} from './order-search';

const orders = [
  makeTestOrder(1, { status: 'pending', paymentStatus: 'unpaid', tags: ['vip'] }),
  makeTestOrder(2, {
    channel: 'marketplace',
    shippingAddress: { name: 'X', line1: 'Y', postalCode: '1010', city: 'Wien', country: 'AT' },
    openExceptionCount: 1,
  }),
  makeTestOrder(3, {
    customer: { name: 'Clara Dubois', email: 'clara@shop.fr', type: 'b2c' },
    shipments: [
      {
        id: '0190a000-0000-7000-8000-0000000000f1',
        shippingMethodId: null,
        carrier: 'DHL',
        trackingNumber: 'JJD0001',
        trackingUrl: null,
        items: [],
        status: 'shipped',
        createdAt: '2026-11-02T00:00:00.000Z',
        shippedAt: null,
        deliveredAt: null,
      },
    ],
  }),
];
const entries = orders.map(buildSearchEntry);
const numbers = (filters: Parameters<typeof compileOrderFilter>[0]): string[] =>
  queryOrderEntries(entries, filters, { key: 'number', direction: 'asc' }).map((e) => e.order.number);

describe('order search', () => {
  it('filters by status, payment, channel, country, tag and exceptions like the server', () => {
    expect(numbers({ status: 'pending' })).toEqual(['1001']);
    expect(numbers({ paymentStatus: 'paid' })).toEqual(['1002', '1003']);
    expect(numbers({ channel: 'marketplace' })).toEqual(['1002']);
    expect(numbers({ country: 'AT' })).toEqual(['1002']);
    expect(numbers({ tag: 'vip' })).toEqual(['1001']);
    expect(numbers({ hasExceptions: true })).toEqual(['1002']);
    expect(numbers({ hasExceptions: false })).toEqual(['1001', '1003']);
  });

  it('filters by date range with whole days inclusive', () => {
    expect(numbers({ from: '2026-11-01', to: '2026-11-01' })).toEqual(['1001', '1002', '1003']);
    expect(numbers({ from: '2026-11-01T02:30:00.000Z' })).toEqual(['1003']);
    expect(numbers({ to: '2026-10-31' })).toEqual([]);
  });

  it('searches number, name, e-mail (substring), GTIN in any length and tracking (exact)', () => {
    expect(numbers({ q: '1002' })).toEqual(['1002']);
    expect(numbers({ q: 'DUBOIS' })).toEqual(['1003']);
    expect(numbers({ q: 'shop.fr' })).toEqual(['1003']);
    expect(numbers({ q: '04006381333931' })).toEqual(['1001', '1002', '1003']);
    expect(numbers({ q: 'jjd0001' })).toEqual(['1003']);
    expect(gtin14('4006381333931')).toBe('04006381333931');
  });

  it('sorts by any column, both directions, newest first on ties', () => {
    const byCustomer = queryOrderEntries(entries, {}, { key: 'customer', direction: 'asc' }).map(
      (e) => e.order.number,
    );
    expect(byCustomer).toEqual(['1003', '1002', '1001']);
    const newest = queryOrderEntries(entries, {}, { key: 'createdAt', direction: 'desc' }).map(
      (e) => e.order.number,
    );
    expect(newest).toEqual(['1003', '1002', '1001']);
  });

  it('stays fast over 100,000 orders', () => {
    const template = makeTestOrder(0);
    const many = Array.from({ length: 100_000 }, (_, i) =>
      buildSearchEntry({
        ...template,
        id: `${template.id.slice(0, 24)}${i.toString(16).padStart(12, '0')}`,
        number: String(1000 + i),
        status: i % 3 === 0 ? 'pending' : 'confirmed',
        totals: { ...template.totals, gross: i },
      }),
    );
    const started = performance.now();
    const found = queryOrderEntries(
      many,
      { status: 'pending', q: 'jorg' },
      { key: 'total', direction: 'desc' },
    );
    expect(found).toHaveLength(33_334);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('order list date filter', () => {
  it('reads calendar days as the store’s days, like the server', () => {
    const lateEvening = buildSearchEntry(makeTestOrder(901, { createdAt: '2026-01-09T23:30:00.000Z' }));
    const day = { from: '2026-01-10', to: '2026-01-10' };
    const sort = { key: 'createdAt', direction: 'desc' } as const;
    expect(queryOrderEntries([lateEvening], day, sort, 'Europe/Berlin')).toHaveLength(1);
    expect(queryOrderEntries([lateEvening], day, sort, 'UTC')).toHaveLength(0);
  });
});

describe('merging into a sorted order list', () => {
  it('gives the same order as sorting everything, ties included, for every key and direction', () => {
    const random = seededRandom(16);
    for (const key of orderSortKeys)
      for (const direction of ['asc', 'desc'] as const) {
        const sort = { key, direction };
        const all = Array.from({ length: 300 }, (_, n) => buildSearchEntry(makeRandomTestOrder(random, n)));
        // few additions (placed by binary search), many (one linear merge) and anything between
        const split = [290, 10, Math.floor(random() * all.length)][(key.length + direction.length) % 3] ?? 0;
        const sorted = sortOrderEntries(all.slice(0, split), sort);
        const merged = mergeOrderEntries(sorted, all.slice(split), sort);
        expect(merged.map((e) => e.order.id)).toEqual(
          sortOrderEntries([...all], sort).map((e) => e.order.id),
        );
      }
  });

  it('handles empty sides', () => {
    const sort = { key: 'createdAt', direction: 'desc' } as const;
    const entries = [1, 2, 3].map((n) => buildSearchEntry(makeTestOrder(n)));
    expect(mergeOrderEntries([], [...entries], sort)).toEqual(sortOrderEntries([...entries], sort));
    const sorted = sortOrderEntries([...entries], sort);
    expect(mergeOrderEntries(sorted, [], sort)).toEqual(sorted);
  });
});
