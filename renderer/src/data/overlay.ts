import type { Order } from '../../../shared/schemas/order';
import type { StaffUser } from '../../../shared/schemas/user';
import { runOrderCommand } from '../../../shared/domain/order/run-order-command';
import {
  createManualOrderType,
  runCreateManualOrder,
} from '../../../shared/domain/order/manual/build-manual-order';
import type { OutboxEntry } from './local-schemas';
import { applyExceptionEntry, isExceptionCommand, type ExceptionData } from './exception-overlay';

/** Commands still to be reflected in the replicated state of their target. */
export function isInFlight(entry: OutboxEntry, replicatedVersion: number | undefined): boolean {
  if (entry.status === 'pending') return true;
  return entry.status === 'applied' && (replicatedVersion ?? 0) < (entry.appliedVersion ?? 0);
}

/** Creation order of outbox entries (the order their commands are applied in). */
function compareEntries(a: OutboxEntry, b: OutboxEntry): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Outbox entries per target, each list in creation order: group once, then overlay per order. */
export function groupOutboxByTarget(entries: readonly OutboxEntry[]): Map<string, OutboxEntry[]> {
  const byTarget = new Map<string, OutboxEntry[]>();
  for (const entry of entries) {
    const list = byTarget.get(entry.targetId);
    if (list) list.push(entry);
    else byTarget.set(entry.targetId, [entry]);
  }
  for (const list of byTarget.values()) list.sort(compareEntries);
  return byTarget;
}

/** Adds `entry` to the list of `key` (its target) in creation order, replacing the entry with the same id. */
export function putOutboxEntry(
  byTarget: Map<string, OutboxEntry[]>,
  entry: OutboxEntry,
  key = entry.targetId,
): void {
  const list = byTarget.get(key);
  if (!list) {
    byTarget.set(key, [entry]);
    return;
  }
  const existing = list.findIndex((other) => other.id === entry.id);
  if (existing >= 0) list.splice(existing, 1);
  let at = list.length; // new commands are usually the newest: search from the end
  for (let before = list[at - 1]; before && compareEntries(before, entry) > 0; before = list[at - 1]) at -= 1;
  list.splice(at, 0, entry);
}

/** Removes entry `id` from the list of `targetId` (and the list once empty). */
export function removeOutboxEntry(byTarget: Map<string, OutboxEntry[]>, targetId: string, id: string): void {
  const list = byTarget.get(targetId);
  if (!list) return;
  const at = list.findIndex((entry) => entry.id === id);
  if (at >= 0) list.splice(at, 1);
  if (list.length === 0) byTarget.delete(targetId);
}

/**
 * The order as the user should see it: the replicated state with this device's in-flight commands
 * applied by the same shared functions the server runs. Exception commands are replayed when
 * `exceptions` has what they need (and skipped otherwise). A command that no longer applies is
 * skipped here; the server's verdict will list it under sync problems.
 */
export function applyOverlay(
  order: Order,
  entries: readonly OutboxEntry[],
  actor: StaffUser,
  exceptions?: ExceptionData,
): Order {
  let current = order;
  for (const entry of entries) {
    try {
      if (isExceptionCommand(entry)) {
        if (exceptions) current = applyExceptionEntry(current, entry, exceptions, actor);
        continue;
      }
      if (entry.targetId !== order.id || !isInFlight(entry, order.version)) continue;
      current = runOrderCommand({
        order: current,
        type: entry.type,
        payload: entry.payload,
        ctx: {
          actor,
          deviceId: entry.deviceId,
          commandId: entry.id,
          now: entry.createdAt,
          newId: () => entry.id,
        },
      }).order;
    } catch {
      // stays visible in the outbox; the server decides
    }
  }
  return current;
}

/**
 * The order an in-flight `order.create_manual` entry creates, built by the same shared function the
 * server runs (with the prices the device knew), until the server's copy replicates; else undefined.
 */
export function createdOrderOf(entries: readonly OutboxEntry[], actor: StaffUser): Order | undefined {
  const entry = entries.find(
    (candidate) => candidate.type === createManualOrderType && isInFlight(candidate, undefined),
  );
  if (!entry) return undefined;
  try {
    return runCreateManualOrder({
      orderId: entry.targetId,
      payload: entry.payload,
      ctx: {
        actor,
        deviceId: entry.deviceId,
        commandId: entry.id,
        now: entry.createdAt,
        newId: () => entry.id,
      },
    }).order;
  } catch {
    return undefined; // the server decides; a refusal shows under sync problems
  }
}
