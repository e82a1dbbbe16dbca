import type { Order } from '../../../../shared/schemas/order';
import type { StaffUser } from '../../../../shared/schemas/user';
import { planBulkCommand, type BulkAction } from '../../../../shared/domain/order/bulk-actions';
import type { OutboxEntry } from '../../data/local-schemas';
import { deviceStorageFailureMessage } from '../../data/storage-errors';

export interface BulkFailure {
  id: string;
  number: string;
  code: string;
  message: string;
}

export interface BulkProgress {
  total: number;
  done: number;
  queued: number;
  failed: BulkFailure[];
  cancelled: boolean;
  finished: boolean;
  /** Why the run stopped early (e.g. the device's storage is full); chunks queued before stay queued. */
  error?: string;
}

export interface RunBulkInput {
  ids: readonly string[];
  bulk: BulkAction;
  /** The order as the user sees it (overlay applied), or undefined when not on this device. */
  getOrder: (id: string) => Order | undefined;
  /** The replicated version (the command's expected version). */
  baseVersion: (id: string) => number | undefined;
  actor: StaffUser;
  deviceId: string;
  /** Stores one chunk of commands (the outbox's bulkInsert). */
  insert: (entries: OutboxEntry[]) => Promise<void>;
  onProgress: (progress: BulkProgress) => void;
  signal: AbortSignal;
  newId: () => string;
  now: () => string;
  chunkSize?: number;
}

async function queueInChunks(input: RunBulkInput, progress: BulkProgress, size: number): Promise<void> {
  for (let start = 0; start < input.ids.length; start += size) {
    if (input.signal.aborted) {
      progress.cancelled = true;
      break;
    }
    const entries: OutboxEntry[] = [];
    const createdAt = input.now();
    for (const id of input.ids.slice(start, start + size)) {
      const order = input.getOrder(id);
      if (!order) {
        progress.failed.push({
          id,
          number: '?',
          code: 'NOT_FOUND',
          message: 'Order not found on this device',
        });
        continue;
      }
      const commandId = input.newId();
      const outcome = planBulkCommand(input.bulk, order, {
        actor: input.actor,
        deviceId: input.deviceId,
        commandId,
        now: createdAt,
        newId: input.newId,
      });
      if (!outcome.ok) {
        progress.failed.push({
          id,
          number: order.number,
          code: outcome.error.code,
          message: outcome.error.message,
        });
        continue;
      }
      const { command } = outcome.item;
      entries.push({
        id: commandId,
        type: command.type,
        targetId: id,
        expectedVersion: input.baseVersion(id) ?? order.version,
        payload: command.payload,
        userId: input.actor.id,
        deviceId: input.deviceId,
        createdAt,
        status: 'pending',
        appliedVersion: null,
        error: null,
        summary: command.summary,
      });
    }
    if (entries.length > 0) await input.insert(entries);
    progress.queued += entries.length;
    progress.done = Math.min(input.ids.length, start + size);
    input.onProgress({ ...progress, failed: [...progress.failed] });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/**
 * Runs a bulk action on the device: validates each order with the shared command (a failure is
 * listed, the rest go on), queues the commands in chunks, reports progress after every chunk and
 * stops between chunks when cancelled. Chunks already queued stay queued and will sync; a failure
 * to store a chunk ends the run with `error` set (never a run left "running").
 */
export async function runBulk(input: RunBulkInput): Promise<BulkProgress> {
  const size = input.chunkSize ?? 250;
  const progress: BulkProgress = {
    total: input.ids.length,
    done: 0,
    queued: 0,
    failed: [],
    cancelled: false,
    finished: false,
  };
  input.onProgress({ ...progress });
  try {
    await queueInChunks(input, progress, size);
  } catch (error) {
    progress.error = deviceStorageFailureMessage(error);
  }
  progress.finished = true;
  input.onProgress({ ...progress, failed: [...progress.failed] });
  return progress;
}
