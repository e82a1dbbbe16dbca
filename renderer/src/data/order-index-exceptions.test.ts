import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import type { Order } from '../../../shared/schemas/order';
import type { OrderItemException } from '../../../shared/schemas/order-exception';
import { assertNoOpenExceptions } from '../../../shared/domain/exceptions/exception-commands';
import { now } from '../../../shared/domain/exceptions/test-fixtures';
import { first, mug, resolve, second, tea } from './exception-test-fixtures';
import { makeOutboxEntry as entry, openTestDatabase, testActor as actor } from './data-test-fixtures';
import type { OrderDeskDatabase } from './database';
import type { OutboxEntry } from './local-schemas';
import { OrderIndex } from './order-index';

let open: OrderDeskDatabase | undefined;

async function setup(options: { outbox?: OutboxEntry[]; exceptions?: OrderItemException[] } = {}) {
  const db = await openTestDatabase(['orders', 'outbox', 'orderexceptions', 'products']);
  await db.orders.bulkInsert([first.order, second.order].map((order) => ({ ...order })));
  await db.products.bulkInsert([{ ...mug }, { ...tea }]);
  await db.orderexceptions.bulkInsert(
    (options.exceptions ?? [first.exception, second.exception]).map((e) => ({ ...e })),
  );
  if (options.outbox) await db.outbox.bulkInsert(options.outbox);
  open = db;
  const index = new OrderIndex(open, actor);
  await index.start();
  return { db: open, index };
}

const teaItem = (order: Order | undefined) =>
  order?.items.find(
    (item) => item.id === first.exception.orderItemId || item.id === second.exception.orderItemId,
  );
const settle = (): Promise<void> => new Promise((done) => setTimeout(done, 30));

afterEach(async () => {
  await open?.remove();
  open = undefined;
});

describe('OrderIndex with exception commands', () => {
  it('overlays a pending resolve on the exception order: item matched, no open exception, shippable', async () => {
    const { index } = await setup({ outbox: [resolve(first.exception)] });
    const order = index.get(first.order.id);
    expect(teaItem(order)?.productId).toBe(tea.id);
    expect(order?.openExceptionCount).toBe(0);
    expect(order?.events.at(-1)?.type).toBe('exception_resolved');
    expect(() => order && assertNoOpenExceptions(order, 'ship')).not.toThrow();
    expect(index.get(second.order.id)?.openExceptionCount).toBe(1);
    expect(index.hasPending(first.order.id)).toBe(true);
  });

  it('follows entries written after the start, and drops the overlay when the entry goes', async () => {
    const { db, index } = await setup();
    const ignore = entry('exception.ignore', second.exception.id, { reason: 'Out of stock' });
    await db.outbox.insert(ignore);
    await settle();
    const ignored = index.get(second.order.id);
    expect(teaItem(ignored)?.quantityCancelled).toBe(teaItem(ignored)?.quantity);
    expect(ignored?.openExceptionCount).toBe(0);
    expect(ignored?.events.at(-1)?.type).toBe('exception_ignored');
    await db.outbox.findOne(ignore.id).remove();
    await settle();
    expect(index.get(second.order.id)?.openExceptionCount).toBe(1);
    expect(teaItem(index.get(second.order.id))?.quantityCancelled).toBe(0);
  });

  it('overlays a bulk resolve on every order with an open exception of that GTIN', async () => {
    const bulk = entry('exception.bulk_resolve', first.exception.id, {
      gtin: '036000291452',
      productId: tea.id,
      remember: true,
    });
    const { index } = await setup({ outbox: [bulk] });
    for (const id of [first.order.id, second.order.id]) {
      expect(index.get(id)?.openExceptionCount).toBe(0);
      expect(teaItem(index.get(id))?.productId).toBe(tea.id);
    }
  });

  it('skips entries whose exception or product is not on the device, and applies them once it arrives', async () => {
    const { db, index } = await setup({
      outbox: [resolve(first.exception, newId()), resolve(second.exception)],
      exceptions: [first.exception],
    });
    expect(index.get(first.order.id)?.openExceptionCount).toBe(1);
    expect(index.get(second.order.id)?.openExceptionCount).toBe(1);
    await db.orderexceptions.insert({ ...second.exception });
    await settle();
    expect(index.get(second.order.id)?.openExceptionCount).toBe(0);
  });

  it('keeps an applied command overlaid until the order carries its event, never twice', async () => {
    const command = resolve(first.exception);
    const applied = { ...command, status: 'applied' as const, appliedVersion: first.exception.version + 1 };
    const closed: OrderItemException = {
      ...first.exception,
      status: 'resolved',
      resolution: { kind: 'manual', at: now, productId: tea.id, remembered: false },
      version: first.exception.version + 1,
    };
    const { db, index } = await setup({ outbox: [applied], exceptions: [closed, second.exception] });
    expect(index.get(first.order.id)?.openExceptionCount).toBe(0); // exception replicated first, order not yet
    const event = {
      ...first.order.events[0]!,
      id: newId(),
      commandId: command.id,
      type: 'exception_resolved' as const,
    };
    const serverOrder = {
      ...first.order,
      openExceptionCount: 0,
      version: first.order.version + 1,
      events: [...first.order.events, event],
    };
    await db.orders.upsert(serverOrder);
    await settle();
    const shown = index.get(first.order.id);
    expect(shown?.version).toBe(serverOrder.version);
    expect(shown?.events.filter((e) => e.commandId === command.id)).toHaveLength(1);
  });
});
