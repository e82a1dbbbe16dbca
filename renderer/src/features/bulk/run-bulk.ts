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
  /** Orders dealt with: their command stored on this device, or listed as failed. */
  done: number;
  /** Commands stored on this device (they survive a restart and sync when online). */
  queued: number;
  /** Commands shown in the list before they are stored (written behind); 0 when not shown early. */
  applied?: number;
  /** Commands shown, then taken back because they were not stored (cancel or a failed write). */
  withdrawn?: number;
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
  /** Shows every planned command at once, before any is stored (the order index's overlay). */
  show?: (entries: readonly OutboxEntry[]) => void;
  /** Takes back shown commands whose write ended without storing them (the rest stay shown). */
  dropUnstored?: (entries: readonly OutboxEntry[]) => void;
  onProgress: (progress: BulkProgress) => void;
  signal: AbortSignal;
  newId: () => string;
  now: () => string;
  chunkSize?: number;
}

/** The commands of one slice of the selected orders, and how far through the selection it reaches. */
interface PlannedChunk {
  entries: OutboxEntry[];
  end: number;
}

/** The outbox entry of one order's command, or its failure (listed in `progress`). */
function planOne(
  input: RunBulkInput,
  id: string,
  createdAt: string,
  progress: BulkProgress,
): OutboxEntry | undefined {
  const order = input.getOrder(id);
  if (!order) {
    progress.failed.push({ id, number: '?', code: 'NOT_FOUND', message: 'Order not found on this device' });
    return undefined;
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
    const { code, message } = outcome.error;
    progress.failed.push({ id, number: order.number, code, message });
    return undefined;
  }
  const { command } = outcome.item;
  return {
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
  };
}

/** Orders planned per main-thread task (10,000 in one task held the screen for ≈ 250 ms). */
const PLAN_SLICE = 2000;

/** Plans every command with the shared domain function (pure, no storage), sliced into write chunks. */
async function planChunks(
  input: RunBulkInput,
  progress: BulkProgress,
  size: number,
): Promise<PlannedChunk[]> {
  const createdAt = input.now();
  const chunks: PlannedChunk[] = [];
  let sinceYield = 0;
  for (let start = 0; start < input.ids.length; start += size) {
    const entries: OutboxEntry[] = [];
    for (const id of input.ids.slice(start, start + size)) {
      const entry = planOne(input, id, createdAt, progress);
      if (entry) entries.push(entry);
    }
    chunks.push({ entries, end: Math.min(input.ids.length, start + size) });
    sinceYield += size;
    if (sinceYield >= PLAN_SLICE) {
      sinceYield = 0;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  return chunks;
}

/** Writes the planned chunks in order; a cancel or a failed write takes back what was not stored. */
async function storeChunks(
  input: RunBulkInput,
  chunks: readonly PlannedChunk[],
  progress: BulkProgress,
): Promise<void> {
  let next = 0;
  const takeBackFrom = (from: number): void => {
    const unstored = chunks.slice(from).flatMap((chunk) => chunk.entries);
    input.dropUnstored?.(unstored);
    if (progress.applied) {
      progress.withdrawn = unstored.length;
      progress.applied = progress.queued;
    }
  };
  try {
    for (; next < chunks.length; next += 1) {
      const chunk = chunks[next];
      if (!chunk) break;
      if (input.signal.aborted) {
        progress.cancelled = true;
        takeBackFrom(next);
        break;
      }
      if (chunk.entries.length > 0) await input.insert(chunk.entries);
      input.dropUnstored?.(chunk.entries); // entries the write reported as errors were never stored
      progress.queued += chunk.entries.length;
      progress.done = chunk.end;
      input.onProgress({ ...progress, failed: [...progress.failed] });
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } catch (error) {
    takeBackFrom(next);
    throw error;
  }
}

/**
 * Runs a bulk action on the device: plans each order's command with the shared domain function (a
 * failure is listed, the rest go on), shows them all at once (`show`), then queues them in chunks
 * behind the overlay, reporting progress after every chunk and stopping between chunks when
 * cancelled. Chunks already queued stay queued and will sync; a failure to store a chunk ends the
 * run with `error` set (never a run left "running"), and what was not stored is no longer shown.
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
    const chunks = await planChunks(input, progress, size);
    if (input.show) {
      const planned = chunks.flatMap((chunk) => chunk.entries);
      input.show(planned);
      progress.applied = planned.length;
      input.onProgress({ ...progress, failed: [...progress.failed] });
    }
    await storeChunks(input, chunks, progress);
  } catch (error) {
    progress.error = deviceStorageFailureMessage(error);
  }
  progress.finished = true;
  input.onProgress({ ...progress, failed: [...progress.failed] });
  return progress;
}
