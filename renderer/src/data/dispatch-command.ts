import { firstValueFrom } from 'rxjs';
import type { Order } from '../../../shared/schemas/order';
import { DomainError, isDomainError, issuesFromZod, type DomainErrorBody } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { findInvalidText } from '../../../shared/text';
import { runOrderCommand } from '../../../shared/domain/order/run-order-command';
import type { DataContextValue } from './data-context';
import { applyOverlay, createdOrderOf } from './overlay';
import {
  runCreateManualOrder,
  createManualOrderType,
} from '../../../shared/domain/order/manual/build-manual-order';
import type { OutboxEntry } from './local-schemas';
import { mergeEntries, orderExceptionView$ } from './order-exception-view';
import type { OrderDeskDatabase } from './database';
import { deviceStorageFailureMessage, isQuotaExceeded } from './storage-errors';

export type DispatchResult = { ok: true; commandId: string } | { ok: false; error: DomainErrorBody };

/**
 * Stores one command in the outbox. When the device's storage is full the command is refused with
 * a message saying so (the commands already queued are untouched and still sync).
 */
async function queueInOutbox(db: OrderDeskDatabase, entry: OutboxEntry): Promise<DispatchResult> {
  try {
    await db.outbox.insert(entry);
  } catch (error) {
    if (!isQuotaExceeded(error)) throw error;
    return { ok: false, error: { code: 'INTERNAL', message: deviceStorageFailureMessage(error) } };
  }
  return { ok: true, commandId: entry.id };
}

/**
 * Validates a command against the order as the user sees it (same shared function as the server),
 * then queues it in the outbox; the overlay shows the result at once, online or not.
 */
export async function dispatchOrderCommand(
  data: DataContextValue,
  input: { type: string; orderId: string; payload: Record<string, unknown>; summary: string },
): Promise<DispatchResult> {
  const { db, session } = data;
  const doc = await db.orders.findOne(input.orderId).exec();
  const own = (await db.outbox.find({ selector: { targetId: input.orderId } }).exec()).map(
    (e) => e.toJSON() as OutboxEntry,
  );
  // an order created on this device and not yet on the server is its creation command's result
  const base = doc ? (doc.toJSON() as unknown as Order) : createdOrderOf(own, session.user);
  if (!base)
    return { ok: false, error: new DomainError('NOT_FOUND', 'Order not found on this device').toBody() };
  const view = await firstValueFrom(orderExceptionView$(db, input.orderId));
  const id = newId();
  const createdAt = new Date().toISOString();
  try {
    runOrderCommand({
      order: applyOverlay(base, mergeEntries(own, view.entries), session.user, view.data),
      type: input.type,
      payload: input.payload,
      ctx: { actor: session.user, deviceId: session.deviceId, commandId: id, now: createdAt, newId },
    });
  } catch (error) {
    if (isDomainError(error)) return { ok: false, error: error.toBody() };
    throw error;
  }
  const queued = await queueInOutbox(db, {
    id,
    type: input.type,
    targetId: input.orderId,
    expectedVersion: doc ? base.version : null,
    payload: input.payload,
    userId: session.user.id,
    deviceId: session.deviceId,
    createdAt,
    status: 'pending',
    appliedVersion: null,
    error: null,
    summary: input.summary,
  });
  if (queued.ok) void data.engine.pushNow();
  return queued;
}

/**
 * Queues any command (exceptions, …) in the outbox after checking its payload with `schema`; the
 * server is the authority, so the UI shows it as waiting to sync until the outcome arrives.
 */
export async function dispatchCommand<T extends Record<string, unknown>>(
  data: DataContextValue,
  input: {
    type: string;
    targetId: string;
    expectedVersion: number | null;
    payload: unknown;
    summary: string;
  },
  schema: {
    safeParse: (
      value: unknown,
    ) =>
      { success: true; data: T } | { success: false; error: { issues: Parameters<typeof issuesFromZod>[0] } };
  },
): Promise<DispatchResult> {
  const invalidText = findInvalidText(input.payload);
  if (invalidText !== undefined)
    return {
      ok: false,
      error: new DomainError('BAD_INPUT', invalidText.message, { issues: [invalidText] }).toBody(),
    };
  const parsed = schema.safeParse(input.payload);
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error.issues);
    return {
      ok: false,
      error: new DomainError('BAD_INPUT', issues[0]?.message ?? 'Invalid input', { issues }).toBody(),
    };
  }
  const { db, session } = data;
  const id = newId();
  const queued = await queueInOutbox(db, {
    id,
    type: input.type,
    targetId: input.targetId,
    expectedVersion: input.expectedVersion,
    payload: parsed.data,
    userId: session.user.id,
    deviceId: session.deviceId,
    createdAt: new Date().toISOString(),
    status: 'pending',
    appliedVersion: null,
    error: null,
    summary: input.summary,
  });
  if (queued.ok) void data.engine.pushNow();
  return queued;
}

/**
 * Creates a manual order (or draft) on the device: validated and built by the shared function the
 * server runs, queued as `order.create_manual` with the new order's id; shown at once, synced later.
 */
export async function dispatchCreateManualOrder(
  data: DataContextValue,
  input: { orderId: string; payload: Record<string, unknown>; summary: string },
): Promise<DispatchResult> {
  const { db, session } = data;
  const invalidText = findInvalidText(input.payload);
  if (invalidText !== undefined)
    return {
      ok: false,
      error: new DomainError('BAD_INPUT', invalidText.message, { issues: [invalidText] }).toBody(),
    };
  const id = newId();
  const createdAt = new Date().toISOString();
  try {
    runCreateManualOrder({
      orderId: input.orderId,
      payload: input.payload,
      ctx: { actor: session.user, deviceId: session.deviceId, commandId: id, now: createdAt, newId },
    });
  } catch (error) {
    if (isDomainError(error)) return { ok: false, error: error.toBody() };
    throw error;
  }
  const queued = await queueInOutbox(db, {
    id,
    type: createManualOrderType,
    targetId: input.orderId,
    expectedVersion: null,
    payload: input.payload,
    userId: session.user.id,
    deviceId: session.deviceId,
    createdAt,
    status: 'pending',
    appliedVersion: null,
    error: null,
    summary: input.summary,
  });
  if (queued.ok) void data.engine.pushNow();
  return queued;
}
