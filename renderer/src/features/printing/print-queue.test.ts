import { describe, expect, it } from 'vitest';
import { PrintQueue, type PrintJob, type PrintQueueStorage } from './print-queue';

/** A storage that keeps what was saved as JSON text, like localStorage across a restart. */
function memoryStorage(): PrintQueueStorage & { text: string } {
  const storage = {
    text: '',
    load: () => (storage.text ? (JSON.parse(storage.text) as unknown) : undefined),
    save: (jobs: readonly PrintJob[]) => {
      storage.text = JSON.stringify(jobs);
    },
  };
  return storage;
}

const orderId = '0190a000-0000-7000-8000-000000000001';
let counter = 0;
const newId = (): string => `job-${(counter += 1)}`;

function queueWith(
  storage: PrintQueueStorage,
  print: (job: PrintJob) => Promise<void>,
  retries: (() => void)[] = [],
): PrintQueue {
  return new PrintQueue({
    storage,
    print,
    newId,
    maxAttempts: 2,
    scheduleRetry: (retry) => retries.push(retry),
  });
}

describe('PrintQueue', () => {
  it('stores a job before printing it and marks it done', async () => {
    const storage = memoryStorage();
    const printed: string[] = [];
    const queue = queueWith(storage, (job) => {
      expect(JSON.parse(storage.text)).toEqual([expect.objectContaining({ id: job.id, status: 'printing' })]);
      printed.push(job.title);
      return Promise.resolve();
    });
    queue.enqueue('Packing slip #1001', { kind: 'packing_slip', orderId });
    await queue.drain();
    expect(printed).toEqual(['Packing slip #1001']);
    expect(queue.list().map((job) => job.status)).toEqual(['done']);
  });

  it('prints a job again after a restart when the app stopped before or while printing', async () => {
    const storage = memoryStorage();
    const never = new Promise<void>(() => undefined);
    const crashed = queueWith(storage, () => never);
    crashed.enqueue('Packing slip #1001', { kind: 'packing_slip', orderId });
    crashed.enqueue('Pick list', { kind: 'pick_list', orderIds: [orderId] });
    expect(JSON.parse(storage.text)).toHaveLength(2);

    const printed: string[] = [];
    const restarted = queueWith(storage, (job) => {
      printed.push(job.title);
      return Promise.resolve();
    });
    expect(restarted.list().map((job) => job.status)).toEqual(['pending', 'pending']);
    await restarted.drain();
    expect(printed).toEqual(['Packing slip #1001', 'Pick list']);
  });

  it('retries a failed job automatically, then keeps it failed with the reason until the retry button', async () => {
    const storage = memoryStorage();
    const retries: (() => void)[] = [];
    let printerWorks = false;
    const queue = queueWith(
      storage,
      () => (printerWorks ? Promise.resolve() : Promise.reject(new Error('Printer out of paper'))),
      retries,
    );
    const job = queue.enqueue('Packing slip #1001', { kind: 'packing_slip', orderId });
    await queue.drain();
    expect(queue.list()[0]).toMatchObject({ status: 'pending', attempts: 1, error: 'Printer out of paper' });
    expect(retries).toHaveLength(1);
    retries[0]?.();
    await queue.drain();
    expect(queue.list()[0]).toMatchObject({ status: 'failed', attempts: 2, error: 'Printer out of paper' });

    const afterRestart = queueWith(storage, () => Promise.resolve());
    expect(afterRestart.list()[0]?.status).toBe('failed');
    printerWorks = true;
    queue.retry(job.id);
    await queue.drain();
    expect(queue.list()[0]).toMatchObject({ status: 'done', error: null });
  });

  it('ignores damaged stored data and keeps only the latest finished jobs', async () => {
    const storage = memoryStorage();
    storage.text = JSON.stringify([{ id: 1 }, 'junk']);
    const queue = new PrintQueue({ storage, print: () => Promise.resolve(), newId, keepDone: 2 });
    expect(queue.list()).toEqual([]);
    for (const n of [1, 2, 3]) queue.enqueue(`Slip ${n}`, { kind: 'command_sheet' });
    await queue.drain();
    expect(queue.list().map((job) => job.title)).toEqual(['Slip 2', 'Slip 3']);
  });
});
