import type { Order } from '../../../shared/schemas/order';
import type { StaffUser } from '../../../shared/schemas/user';
import { runOrderCommand } from '../../../shared/domain/order/run-order-command';
import type { OutboxEntry } from './local-schemas';

/** Commands still to be reflected in the replicated state of their target. */
export function isInFlight(entry: OutboxEntry, replicatedVersion: number | undefined): boolean {
  if (entry.status === 'pending') return true;
  return entry.status === 'applied' && (replicatedVersion ?? 0) < (entry.appliedVersion ?? 0);
}

/**
 * The order as the user should see it: the replicated state with this device's in-flight commands
 * applied by the same shared functions the server runs. A command that no longer applies is skipped
 * here; the server's verdict will list it under sync problems.
 */
export function applyOverlay(order: Order, entries: readonly OutboxEntry[], actor: StaffUser): Order {
  let current = order;
  for (const entry of entries) {
    if (entry.targetId !== order.id || !isInFlight(entry, order.version)) continue;
    try {
      current = runOrderCommand({
        order: current,
        type: entry.type,
        payload: entry.payload,
        ctx: { actor, deviceId: entry.deviceId, commandId: entry.id, now: entry.createdAt, newId: () => entry.id },
      }).order;
    } catch {
      // stays visible in the outbox; the server decides
    }
  }
  return current;
}
