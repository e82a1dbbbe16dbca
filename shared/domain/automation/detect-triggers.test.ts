import { describe, expect, it } from 'vitest';
import { makeTestOrder } from '../order/order-test-fixtures';
import { commandForRuleAction, detectTriggers } from './detect-triggers';

describe('detectTriggers', () => {
  const base = makeTestOrder(1, { paymentStatus: 'unpaid', status: 'pending' });
  it('a draft fires nothing; confirming it is the creation', () => {
    expect(detectTriggers(null, { ...base, draft: true })).toEqual([]);
    expect(detectTriggers({ ...base, draft: true }, base)).toEqual(['order_created']);
  });
  it('names what changed', () => {
    expect(detectTriggers(null, base)).toEqual(['order_created']);
    expect(detectTriggers(null, { ...base, paymentStatus: 'paid' })).toEqual(['order_created', 'order_paid']);
    expect(detectTriggers(base, { ...base, paymentStatus: 'paid' })).toEqual(['order_paid']);
    expect(detectTriggers(base, { ...base, status: 'cancelled' })).toEqual(['order_cancelled']);
    expect(detectTriggers(base, { ...base, fulfillmentStatus: 'fulfilled' })).toEqual([
      'order_fully_shipped',
    ]);
    expect(detectTriggers({ ...base, openExceptionCount: 2 }, base)).toEqual(['exception_resolved']);
    expect(detectTriggers(base, { ...base, tags: ['x'] })).toEqual([]);
  });
  it('maps rule actions to order commands', () => {
    expect(commandForRuleAction({ type: 'hold' })).toEqual({
      type: 'order.set_status',
      payload: { status: 'on_hold' },
    });
    expect(commandForRuleAction({ type: 'issue_invoice' })).toBeNull();
  });
});
