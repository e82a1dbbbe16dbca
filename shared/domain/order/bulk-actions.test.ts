import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors';
import { makeTestOrder, testManager } from './order-test-fixtures';
import { parseBulkAction, planBulkCommand } from './bulk-actions';

const ctx = {
  actor: testManager,
  deviceId: 'dev-1',
  commandId: '0190a000-0000-7000-8000-0000000000cc',
  now: '2026-11-02T10:00:00.000Z',
  newId: () => '0190a000-0000-7000-8000-0000000000ee',
};

describe('bulk actions', () => {
  it('plans a tag for each order through the shared command', () => {
    const outcome = planBulkCommand(parseBulkAction('add_tag', { tag: 'rush' }), makeTestOrder(1), ctx);
    expect(outcome.ok && outcome.item.command.type).toBe('order.add_tags');
    expect(outcome.ok && outcome.item.result.tags).toEqual(['rush']);
  });

  it('reports a per-order failure instead of throwing', () => {
    const outcome = planBulkCommand(
      parseBulkAction('set_status', { status: 'delivered' }),
      makeTestOrder(2),
      ctx,
    );
    expect(outcome).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    const forbidden = planBulkCommand(parseBulkAction('add_tag', { tag: 'x' }), makeTestOrder(3), {
      ...ctx,
      actor: { ...testManager, permissions: ['orders.view'] },
    });
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('marks shipped with the tracking number given for that order', () => {
    const order = makeTestOrder(4);
    const bulk = parseBulkAction('mark_shipped', {
      shipments: [{ orderId: order.id, carrier: 'DHL', trackingNumber: 'JJD1' }],
    });
    const outcome = planBulkCommand(bulk, order, ctx);
    expect(outcome.ok && outcome.item.result.fulfillmentStatus).toBe('fulfilled');
    expect(planBulkCommand(bulk, makeTestOrder(5), ctx)).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
  });

  it('rejects params that do not fit the action', () => {
    expect(() => parseBulkAction('set_status', { status: 'nope' })).toThrow(DomainError);
  });
});
