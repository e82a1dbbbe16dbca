import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { newId } from '../../../shared/ids';
import type { DataContextValue } from './data-context';
import { openTestDatabase, testActor } from './data-test-fixtures';
import { dispatchCommand } from './dispatch-command';
import type { OutboxEntry } from './local-schemas';

/** The outbox behind a storage double that throws QuotaExceededError once `limit` bytes are stored. */
async function deviceWithQuota(limit: number) {
  const db = await openTestDatabase(['outbox']);
  let used = 0;
  const insert = db.outbox.insert.bind(db.outbox);
  vi.spyOn(db.outbox, 'insert').mockImplementation((entry) => {
    const size = JSON.stringify(entry).length;
    if (used + size > limit)
      return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    used += size;
    return insert(entry);
  });
  const pushNow = vi.fn(() => Promise.resolve());
  const data = {
    db,
    session: { user: testActor, deviceId: 'device-quota' },
    engine: { pushNow },
    logout: () => undefined,
  } as unknown as DataContextValue; // only what dispatchCommand reads
  return { db, data, pushNow };
}

const noteSchema = z.object({ note: z.string() });

describe('dispatchCommand', () => {
  it('refuses text that is not valid Unicode before it reaches the outbox', async () => {
    const { db, data } = await deviceWithQuota(100_000);
    const result = await dispatchCommand(
      data,
      {
        type: 'exception.note',
        targetId: newId(),
        expectedVersion: 1,
        payload: { note: 'x\ud800' },
        summary: 'Note',
      },
      noteSchema,
    );
    expect(result.ok ? undefined : result.error.code).toBe('BAD_INPUT');
    expect(await db.outbox.count().exec()).toBe(0);
    await db.close();
  });
});

describe('dispatchCommand when the device storage is full', () => {
  it('says so and keeps every command queued before', async () => {
    const { db, data, pushNow } = await deviceWithQuota(2_000);
    const results = [];
    for (let index = 0; index < 6; index += 1) {
      results.push(
        await dispatchCommand(
          data,
          {
            type: 'exception.note',
            targetId: newId(),
            expectedVersion: 1,
            payload: { note: `note ${index} ${'x'.repeat(200)}` },
            summary: `Note ${index}`,
          },
          noteSchema,
        ),
      );
    }
    const queued = results.filter((result) => result.ok).length;
    const refused = results.filter((result) => !result.ok);
    expect(queued).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    for (const result of refused) expect(!result.ok && result.error.message).toMatch(/out of storage space/);
    const stored = (await db.outbox.find().exec()).map((doc) => doc.toJSON() as OutboxEntry);
    expect(stored).toHaveLength(queued);
    expect(stored.every((entry) => entry.status === 'pending')).toBe(true);
    expect(pushNow).toHaveBeenCalledTimes(queued);
    await db.close();
  });
});
