import { afterEach, describe, expect, it } from 'vitest';
import { firstValueFrom } from 'rxjs';
import { newId } from '../../../shared/ids';
import type { OrderItemException } from '../../../shared/schemas/order-exception';
import { now } from '../../../shared/domain/exceptions/test-fixtures';
import type { OrderDeskDatabase } from './database';
import { exceptionEntryCaughtUp } from './applied-cleanup';
import { first, mug, resolve, second, tea } from './exception-test-fixtures';
import { makeOutboxEntry as entry, openTestDatabase, testActor as actor } from './data-test-fixtures';
import { mergeEntries, orderExceptionView$ } from './order-exception-view';
import { applyOverlay } from './overlay';

let open: OrderDeskDatabase | undefined;

afterEach(async () => {
  await open?.remove();
  open = undefined;
});

async function setup(): Promise<OrderDeskDatabase> {
  const db = await openTestDatabase(['outbox', 'orderexceptions', 'products']);
  await db.products.bulkInsert([{ ...mug }, { ...tea }]);
  await db.orderexceptions.bulkInsert([first.exception, second.exception].map((e) => ({ ...e })));
  open = db;
  return open;
}

describe('orderExceptionView$ (order detail and dispatch)', () => {
  it('lists the exception commands touching one order and replays them over it', async () => {
    const db = await setup();
    const mine = resolve(first.exception);
    const other = entry('exception.ignore', second.exception.id, { reason: 'gone' });
    await db.outbox.bulkInsert([mine, other]);
    const view = await firstValueFrom(orderExceptionView$(db, first.order.id));
    expect(view.entries.map((e) => e.id)).toEqual([mine.id]);
    const order = applyOverlay(first.order, mergeEntries([], view.entries), actor, view.data);
    expect(order.openExceptionCount).toBe(0);
    expect(order.items.find((item) => item.id === first.exception.orderItemId)?.productId).toBe(tea.id);
  });

  it('skips a command whose product is not on the device', async () => {
    const db = await setup();
    await db.outbox.insert(resolve(first.exception, newId()));
    const view = await firstValueFrom(orderExceptionView$(db, first.order.id));
    expect(view.entries).toEqual([]);
  });
});

describe('exceptionEntryCaughtUp (outbox cleanup)', () => {
  const command = {
    ...resolve(first.exception),
    status: 'applied' as const,
    appliedVersion: first.exception.version + 1,
  };
  const closed: OrderItemException = {
    ...first.exception,
    status: 'resolved',
    resolution: { kind: 'manual', at: now, productId: tea.id, remembered: false },
    version: first.exception.version + 1,
  };
  const event = { ...first.order.events[0]!, id: newId(), commandId: command.id };

  it('waits for the exception version and then for the order event', () => {
    expect(exceptionEntryCaughtUp(command, first.exception, first.order)).toBe(false);
    expect(exceptionEntryCaughtUp(command, closed, first.order)).toBe(false);
    expect(
      exceptionEntryCaughtUp(command, closed, { ...first.order, events: [...first.order.events, event] }),
    ).toBe(true);
  });

  it('drops entries whose exception or order is gone from the device', () => {
    expect(exceptionEntryCaughtUp(command, undefined, undefined)).toBe(true);
    expect(exceptionEntryCaughtUp(command, closed, undefined)).toBe(true);
  });
});
