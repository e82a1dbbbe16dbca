import { describe, expect, it } from 'vitest';
import type { PullCheckpoint } from './pull-checkpoint';
import { CollectionPull, type PullPage } from './pull-loop';
import type { PulledDoc } from './pull-writer';

const doc = (seq: number): PulledDoc => ({ id: `doc-${seq}`, seq, _deleted: false });

/** A server holding documents with seq 1..count, a local store and a checkpoint, all in memory. */
function setup(options: {
  count: number;
  pageSize?: number;
  firstPageSize?: number;
  sliceSize?: number;
  stored?: number;
  failFetches?: number;
  failWriteOfSeq?: number;
}) {
  const server = Array.from({ length: options.count }, (_, i) => doc(i + 1));
  const written: PulledDoc[] = [];
  /** Writes (the seqs of each slice), yields and checkpoint saves in the order they happened. */
  const log: string[] = [];
  let onYield: () => void = () => undefined;
  let failWrite = options.failWriteOfSeq;
  const requests: (number | null)[] = [];
  const saved: number[] = [];
  let stored: PullCheckpoint | null = options.stored === undefined ? null : { seq: options.stored };
  let failures = options.failFetches ?? 0;
  let loads = 0;
  let gate: Promise<void> = Promise.resolve();
  const pull = new CollectionPull({
    pageSize: options.pageSize ?? 2,
    ...(options.firstPageSize === undefined ? {} : { firstPageSize: options.firstPageSize }),
    ...(options.sliceSize === undefined ? {} : { sliceSize: options.sliceSize }),
    async yieldBetweenSlices() {
      log.push('yield');
      onYield();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    retryMs: 10,
    async fetchPage(checkpoint, pageSize, signal): Promise<PullPage> {
      requests.push(checkpoint?.seq ?? null);
      await gate;
      if (signal.aborted) throw new Error('aborted');
      if (failures > 0) {
        failures -= 1;
        throw new Error('offline');
      }
      const documents = server.filter((d) => Number(d.seq) > (checkpoint?.seq ?? 0)).slice(0, pageSize);
      const last = documents.at(-1);
      return { documents, checkpoint: last ? { seq: Number(last.seq) } : checkpoint };
    },
    async writePage(documents) {
      await Promise.resolve();
      if (documents.some((d) => d.seq === failWrite)) {
        failWrite = undefined;
        throw new Error('disk full');
      }
      log.push(`write ${documents.map((d) => d.seq).join(',')}`);
      written.push(...documents);
    },
    checkpoints: {
      load() {
        loads += 1;
        return Promise.resolve(stored);
      },
      save(checkpoint) {
        log.push(`save ${checkpoint.seq}`);
        saved.push(checkpoint.seq);
        stored = checkpoint;
        return Promise.resolve();
      },
    },
  });
  return {
    pull,
    server,
    written,
    requests,
    saved,
    log,
    /** Runs `action` at every yield between two slices. */
    atYield(action: () => void): void {
      onYield = action;
    },
    loads: () => loads,
    /** Holds every fetch until the returned function is called. */
    hold(): () => void {
      let release: () => void = () => undefined;
      gate = new Promise<void>((resolve) => (release = resolve));
      return release;
    },
  };
}

describe('CollectionPull', () => {
  it('pages from the start until a short page and stores the checkpoint after every page', async () => {
    const s = setup({ count: 5 });
    s.pull.resync();
    await s.pull.awaitInitialReplication();
    expect(s.written.map((d) => d.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(s.requests).toEqual([null, 2, 4]);
    expect(s.saved).toEqual([2, 4, 5]);
  });

  it('asks once more after a full last page and stops at the empty answer', async () => {
    const s = setup({ count: 4 });
    s.pull.resync();
    await s.pull.awaitInitialReplication();
    expect(s.requests).toEqual([null, 2, 4]);
    expect(s.saved).toEqual([2, 4]);
  });

  it('resumes from the stored checkpoint', async () => {
    const s = setup({ count: 5, stored: 3 });
    s.pull.resync();
    await s.pull.awaitInitialReplication();
    expect(s.requests).toEqual([3, 5]);
    expect(s.written.map((d) => d.seq)).toEqual([4, 5]);
  });

  it('runs one loop at a time and once more for any number of resyncs asked while it ran', async () => {
    const s = setup({ count: 3 });
    const release = s.hold();
    s.pull.resync();
    s.pull.resync();
    s.pull.resync();
    await Promise.resolve();
    expect(s.loads()).toBe(1);
    release();
    await s.pull.awaitInitialReplication();
    s.server.push(doc(4));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(s.loads()).toBe(2);
    expect(s.written.map((d) => d.seq)).toEqual([1, 2, 3, 4]);
    await s.pull.stop();
  });

  it('retries after a failed fetch until the server answers', async () => {
    const s = setup({ count: 3, failFetches: 2 });
    s.pull.resync();
    await s.pull.awaitInitialReplication();
    expect(s.loads()).toBe(3);
    expect(s.written.map((d) => d.seq)).toEqual([1, 2, 3]);
  });

  it('stops: aborts the fetch in flight, writes nothing more and does not retry', async () => {
    const s = setup({ count: 3 });
    const release = s.hold();
    s.pull.resync();
    const stopped = s.pull.stop();
    release();
    await stopped;
    s.pull.resync();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(s.written).toEqual([]);
    expect(s.loads()).toBe(1);
  });

  it('writes a page in slices with a yield between and stores the checkpoint after the last slice', async () => {
    const s = setup({ count: 7, pageSize: 5, sliceSize: 2 });
    s.pull.resync();
    await s.pull.awaitInitialReplication();
    expect(s.log.join(' | ')).toBe(
      'write 1,2 | yield | write 3,4 | yield | write 5 | save 5 | write 6,7 | save 7',
    );
  });

  it('keeps the checkpoint of the last complete page when a slice fails, and rewrites the page on retry', async () => {
    const s = setup({ count: 6, pageSize: 3, sliceSize: 2, failWriteOfSeq: 5 });
    s.pull.resync();
    await s.pull.awaitInitialReplication();
    expect(s.log.join(' | ')).toBe(
      'write 1,2 | yield | write 3 | save 3 | write 4,5 | yield | write 6 | save 6',
    );
    expect(s.requests).toEqual([null, 3, 6, 3, 6]); // the retry starts again from the stored 3
    expect(s.written.map((d) => d.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('stopped between two slices: writes no further slice and stores no checkpoint for the page', async () => {
    const s = setup({ count: 4, pageSize: 5, sliceSize: 2 });
    s.atYield(() => void s.pull.stop());
    s.pull.resync();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(s.log).toEqual(['write 1,2', 'yield']);
    expect(s.saved).toEqual([]);
  });

  it('asks for a smaller first page only on a device without a checkpoint', async () => {
    const fresh = setup({ count: 6, pageSize: 4, firstPageSize: 1 });
    fresh.pull.resync();
    await fresh.pull.awaitInitialReplication();
    expect(fresh.requests).toEqual([null, 1, 5]);
    expect(fresh.saved).toEqual([1, 5, 6]);
    const resumed = setup({ count: 6, pageSize: 4, firstPageSize: 1, stored: 1 });
    resumed.pull.resync();
    await resumed.pull.awaitInitialReplication();
    expect(resumed.requests).toEqual([1, 5]);
  });
});
