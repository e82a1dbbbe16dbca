import { describe, expect, it } from 'vitest';
import type { OrderItem } from '../../schemas/order';
import { makeTestOrder } from '../order/order-test-fixtures';
import { buildPackQueue, isReadyToPack, nextInQueue } from './pack-queue';

const tent = makeTestOrder(1).items[0] as OrderItem;

describe('pack queue', () => {
  it('holds only paid, shippable orders with something left to ship and no open exceptions', () => {
    expect(isReadyToPack(makeTestOrder(1))).toBe(true);
    expect(isReadyToPack(makeTestOrder(2, { paymentStatus: 'unpaid' }))).toBe(false);
    expect(isReadyToPack(makeTestOrder(3, { status: 'on_hold' }))).toBe(false);
    expect(isReadyToPack(makeTestOrder(4, { openExceptionCount: 1 }))).toBe(false);
    expect(isReadyToPack(makeTestOrder(5, { items: [{ ...tent, quantityShipped: 2 }] }))).toBe(false);
    expect(
      isReadyToPack(
        makeTestOrder(6, { status: 'partially_shipped', items: [{ ...tent, quantityShipped: 1 }] }),
      ),
    ).toBe(true);
  });

  it('puts priority-tagged orders first, then the oldest', () => {
    const old = makeTestOrder(1);
    const newer = makeTestOrder(2);
    const express = makeTestOrder(3, { tags: ['Express'] });
    const unpaid = makeTestOrder(0, { paymentStatus: 'unpaid' });
    const queue = buildPackQueue([newer, unpaid, old, express]);
    expect(queue.map((order) => order.number)).toEqual(['1003', '1001', '1002']);
    expect(nextInQueue(queue, '0190a000-0000-7000-8000-000000000003')?.number).toBe('1001');
    expect(nextInQueue([express], express.id)).toBeNull();
  });
});
