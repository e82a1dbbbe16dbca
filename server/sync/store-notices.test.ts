import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { InProcessChangeFeed } from './change-feed';
import { storeNotices } from './store-notices';

describe('storeNotices', () => {
  it('keeps one abort listener however many times it waits, and none after the end', async () => {
    const feed = new InProcessChangeFeed();
    const controller = new AbortController();
    const stream = storeNotices(feed, 'store-1', new Set(['device-1']), controller.signal);
    expect((await stream.next()).value).toEqual({ collections: [], hello: true });
    for (let round = 0; round < 50; round += 1) {
      const next = stream.next();
      await new Promise((resolve) => setTimeout(resolve, 0)); // the stream is waiting now
      feed.afterCommit({ storeId: 'store-2', collections: ['orders'] }); // another store: ignored
      feed.afterCommit({ storeId: 'store-1', collections: ['orders', 'products'] });
      expect((await next).value).toEqual({ collections: ['orders', 'products'], hello: false });
    }
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    const last = stream.next();
    controller.abort();
    expect((await last).done).toBe(true);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

describe('storeNotices and revoked devices', () => {
  it('ends with DEVICE_REVOKED when its device is revoked, not for another device', async () => {
    const feed = new InProcessChangeFeed();
    const stream = storeNotices(feed, 'store-1', new Set(['device-1']), undefined);
    await stream.next();
    const next = stream.next();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await feed.publishRevocation({ storeId: 'store-1', deviceIds: ['device-2'] });
    feed.afterCommit({ storeId: 'store-1', collections: ['orders'] });
    expect((await next).value).toEqual({ collections: ['orders'], hello: false });
    const last = stream.next();
    await feed.publishRevocation({ storeId: 'store-1', deviceIds: ['device-1'] });
    await expect(last).rejects.toMatchObject({ code: 'DEVICE_REVOKED' });
  });
});
