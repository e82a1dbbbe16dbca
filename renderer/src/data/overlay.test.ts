import { describe, expect, it } from 'vitest';
import { makeTestOrder, testManager } from '../../../shared/domain/order/order-test-fixtures';
import type { StaffUser } from '../../../shared/schemas/user';
import type { OutboxEntry } from './local-schemas';
import { applyOverlay, groupOutboxByTarget, putOutboxEntry, removeOutboxEntry } from './overlay';

const order = makeTestOrder(1);
const actor: StaffUser = {
  ...testManager,
  permissions: [...testManager.permissions],
  storeId: order.storeId,
  email: 'm@example.com',
};

function entry(id: string, createdAt: string, overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    id: `0190a000-0000-7000-8003-${id.padStart(12, '0')}`,
    type: 'order.add_tags',
    targetId: order.id,
    expectedVersion: order.version,
    payload: { tags: [`t${id}`] },
    userId: actor.id,
    deviceId: 'dev-1',
    createdAt: `2026-11-26T10:00:0${createdAt}.000Z`,
    status: 'pending',
    appliedVersion: null,
    error: null,
    summary: `Tag #${order.number}`,
    ...overrides,
  };
}

const ids = (list: readonly OutboxEntry[] | undefined): string[] => (list ?? []).map((e) => e.id.slice(-1));

describe('outbox entries per target', () => {
  it('keeps each list in creation order whatever order entries arrive in', () => {
    const byTarget = new Map<string, OutboxEntry[]>();
    for (const e of [entry('2', '2'), entry('1', '1'), entry('4', '3'), entry('3', '3')])
      putOutboxEntry(byTarget, e);
    expect(ids(byTarget.get(order.id))).toEqual(['1', '2', '3', '4']);
    expect(byTarget).toEqual(
      groupOutboxByTarget([entry('4', '3'), entry('3', '3'), entry('2', '2'), entry('1', '1')]),
    );
  });

  it('replaces an entry with the same id (a status change) and removes entries', () => {
    const byTarget = groupOutboxByTarget([entry('1', '1'), entry('2', '2')]);
    putOutboxEntry(byTarget, entry('1', '1', { status: 'applied', appliedVersion: 2 }));
    expect(byTarget.get(order.id)?.map((e) => e.status)).toEqual(['applied', 'pending']);
    removeOutboxEntry(byTarget, order.id, entry('1', '1').id);
    expect(ids(byTarget.get(order.id))).toEqual(['2']);
    removeOutboxEntry(byTarget, order.id, entry('2', '2').id);
    expect(byTarget.has(order.id)).toBe(false);
    removeOutboxEntry(byTarget, order.id, entry('2', '2').id);
  });
});

describe('applyOverlay', () => {
  it('applies in-flight commands in order and skips those the replicated state already shows', () => {
    const entries = [entry('1', '1'), entry('2', '2', { status: 'applied', appliedVersion: 2 })];
    expect(applyOverlay(order, entries, actor).tags).toEqual(['t1', 't2']);
    const replicated = { ...order, version: 2 };
    expect(applyOverlay(replicated, entries, actor).tags).toEqual(['t1']);
    expect(applyOverlay(order, [entry('3', '3', { status: 'rejected' })], actor)).toBe(order);
  });
});
