import { describe, expect, it } from 'vitest';
import type { PullCheckpoint } from './pull-checkpoint';
import { CollectionPull, type PullPage } from './pull-loop';
import type { PulledDoc } from './pull-writer';

const doc = (seq: number): PulledDoc => ({ id: `doc-${seq}`, seq, _deleted: false });

/** A server holding documents with seq 1..count, a local store and a checkpoint, all in memory. */
function setup(options: { count: number; pageSize?: number; stored?: number; failFetches?: number }) {
  const server = Array.from({ length: options.count }, (_, i) => doc(i + 1));
  const written: PulledDoc[] = [];
  const requests: (number | null)[] = [];
  const saved: number[] = [];
  let stored: PullCheckpoint | null = options.stored === undefined ? null : { seq: options.stored };
  let failures = options.failFetches ?? 0;
  let loads = 0;
  let gate: Promise<void> = Promise.resolve();
  const pull = new CollectionPull({
    pageSize: options.pageSize ?? 2,
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
      written.push(...documents);
      await Promise.resolve();
    },
    checkpoints: {
      load() {
        loads += 1;
        return Promise.resolve(stored);
      },
      save(checkpoint) {
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
});
