import { z } from 'zod';
import { uuidSchema } from '../../../../shared/schemas/common';

/** What to print: the job keeps the source, not the PDF, so a retry renders from the latest local data. */
export const printSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('packing_slip'), orderId: uuidSchema }),
  z.object({ kind: z.literal('invoice'), orderId: uuidSchema }),
  z.object({ kind: z.literal('pick_list'), orderIds: z.array(uuidSchema).min(1) }),
  z.object({ kind: z.literal('command_sheet') }),
]);
export type PrintSource = z.infer<typeof printSourceSchema>;

export const printJobSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  source: printSourceSchema,
  /** pending → printing → done | failed (a failed job waits for a retry). */
  status: z.enum(['pending', 'printing', 'done', 'failed']),
  attempts: z.number().int().nonnegative(),
  error: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PrintJob = z.infer<typeof printJobSchema>;

/** Where the queue keeps its jobs between restarts (localStorage in the app). */
export interface PrintQueueStorage {
  load(): unknown;
  save(jobs: readonly PrintJob[]): void;
}

export interface PrintQueueOptions {
  storage: PrintQueueStorage;
  /** Renders and prints one job; a rejection marks the job failed with the error's message. */
  print: (job: PrintJob) => Promise<void>;
  now?: () => Date;
  newId: () => string;
  /** Automatic attempts before a job waits for the retry button. */
  maxAttempts?: number;
  /** Finished jobs kept for the list. */
  keepDone?: number;
  /** Runs the automatic retry of a failed attempt later (default: after 5 s). */
  scheduleRetry?: (retry: () => void) => void;
}

function parseJobs(raw: unknown): PrintJob[] {
  const parsed = z.array(z.unknown()).safeParse(raw);
  if (!parsed.success) return [];
  return parsed.data.flatMap((item) => {
    const job = printJobSchema.safeParse(item);
    return job.success ? [job.data] : [];
  });
}

/**
 * A print queue that survives a restart: jobs are stored before they print, a job interrupted by a
 * crash prints again on the next start, a failed job is retried automatically up to `maxAttempts`
 * and then waits for `retry` (a printer out of paper must not lose the packing slip).
 */
export class PrintQueue {
  private jobs: PrintJob[];
  private running: Promise<void> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly now: () => Date;
  private readonly maxAttempts: number;
  private readonly keepDone: number;

  constructor(private readonly options: PrintQueueOptions) {
    this.now = options.now ?? (() => new Date());
    this.maxAttempts = options.maxAttempts ?? 3;
    this.keepDone = options.keepDone ?? 20;
    this.jobs = parseJobs(options.storage.load()).map((job) =>
      job.status === 'printing' || (job.status === 'failed' && job.attempts < this.maxAttempts)
        ? { ...job, status: 'pending' }
        : job,
    );
  }

  /** Every job, oldest first. */
  list(): readonly PrintJob[] {
    return this.jobs;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Adds a job (stored at once) and starts printing. */
  enqueue(title: string, source: PrintSource): PrintJob {
    const at = this.now().toISOString();
    const job: PrintJob = {
      id: this.options.newId(),
      title,
      source,
      status: 'pending',
      attempts: 0,
      error: null,
      createdAt: at,
      updatedAt: at,
    };
    this.commit([...this.jobs, job]);
    void this.drain();
    return job;
  }

  /** Puts a failed job back in line (the retry button) and starts printing. */
  retry(id: string): void {
    this.update(id, { status: 'pending', attempts: 0, error: null });
    void this.drain();
  }

  /** Drops a job from the list. */
  remove(id: string): void {
    this.commit(this.jobs.filter((job) => job.id !== id));
  }

  /** Prints every pending job in order; resolves when the queue is idle. */
  drain(): Promise<void> {
    this.running ??= this.printPending().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async printPending(): Promise<void> {
    for (;;) {
      const job = this.jobs.find((candidate) => candidate.status === 'pending');
      if (!job) return;
      this.update(job.id, { status: 'printing', attempts: job.attempts + 1 });
      try {
        await this.options.print({ ...job, attempts: job.attempts + 1 });
        this.update(job.id, { status: 'done', error: null });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const attempts = job.attempts + 1;
        this.update(job.id, { status: attempts < this.maxAttempts ? 'pending' : 'failed', error: message });
        if (attempts < this.maxAttempts) {
          // Later, not in a tight loop: a printer out of paper needs a person first.
          (this.options.scheduleRetry ?? ((retry) => setTimeout(retry, 5000)))(() => void this.drain());
          return;
        }
      }
    }
  }

  private update(id: string, patch: Partial<Pick<PrintJob, 'status' | 'attempts' | 'error'>>): void {
    const updatedAt = this.now().toISOString();
    this.commit(this.jobs.map((job) => (job.id === id ? { ...job, ...patch, updatedAt } : job)));
  }

  private commit(jobs: PrintJob[]): void {
    const done = jobs.filter((job) => job.status === 'done');
    const dropped = new Set(done.slice(0, Math.max(0, done.length - this.keepDone)).map((job) => job.id));
    this.jobs = jobs.filter((job) => !dropped.has(job.id));
    this.options.storage.save(this.jobs);
    for (const listener of this.listeners) listener();
  }
}
