import { expect, it } from 'vitest';
import { describeBackends } from '../factories/test-server';
import { claimOrder, fetchOrder, listOrders } from '../factories/orders';
import { getOrder, listOrders as listOrderObjects } from '../../server/services/orders-query';

describeBackends('REST order read path (stored JSON text, page cache, ETag)', (server) => {
  it('answers the same JSON as the parsed documents: pages, filters, cursor and detail', async () => {
    const { token, user } = await server.login('admin');
    const queries: Record<string, string | number>[] = [
      { limit: 50 },
      { limit: 7, status: 'processing' },
      { limit: 3, channel: 'direct' },
      { limit: 5, q: 'no-such-order' },
    ];
    for (const query of queries) {
      const { limit, ...rest } = query;
      const filters = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, String(v)]));
      const first = await listOrders(server, token, query);
      const expected = await listOrderObjects(server.app.db, user.storeId, filters, { limit: Number(limit) });
      expect(first, JSON.stringify(query)).toEqual(expected);
      if (first.nextCursor) {
        const cursor = first.nextCursor;
        expect(await listOrders(server, token, { ...query, cursor })).toEqual(
          await listOrderObjects(server.app.db, user.storeId, filters, { limit: Number(limit), cursor }),
        );
      }
    }
    const [one] = (await listOrders(server, token, { limit: 1 })).items;
    if (!one) throw new Error('no orders');
    expect(await fetchOrder(server, token, one.id)).toEqual(
      await getOrder(server.app.db, user.storeId, one.id),
    );
  });

  it('sends JSON with an ETag and no-store; If-None-Match answers 304 without a body', async () => {
    const { token } = await server.login('admin');
    for (const path of [
      '/api/v1/admin/orders?limit=20',
      `/api/v1/admin/orders/${(await claimOrder(server, 'pending')).id}`,
    ]) {
      const first = await server.api('GET', path, { token });
      expect(first.status).toBe(200);
      expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(first.headers.get('cache-control')).toBe('no-store');
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await server.api('GET', path, { token, headers: { 'if-none-match': `W/${etag ?? ''}` } });
      expect(again.status, path).toBe(304);
      expect(again.body).toBeNull();
      const other = await server.api('GET', path, { token, headers: { 'if-none-match': '"other"' } });
      expect(other.status).toBe(200);
      expect(other.headers.get('etag')).toBe(etag);
    }
  });

  it('a cached page follows every write: the changed order shows at once with a new ETag', async () => {
    const { token } = await server.login('manager');
    const order = await claimOrder(server, 'confirmed');
    const path = '/api/v1/admin/orders?limit=500&status=confirmed';
    const before = await server.api('GET', path, { token });
    expect(before.status).toBe(200);
    expect(JSON.stringify(before.body)).toContain(order.id);
    const changed = await server.api('POST', `/api/v1/admin/orders/${order.id}/status`, {
      token,
      json: { status: 'processing' },
    });
    expect(changed.status).toBe(200);
    const after = await server.api('GET', path, {
      token,
      headers: { 'if-none-match': before.headers.get('etag') ?? '' },
    });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(JSON.stringify(after.body)).not.toContain(order.id);
    const processing = await listOrders(server, token, { limit: 500, status: 'processing' });
    expect(processing.items.find((item) => item.id === order.id)).toMatchObject({
      status: 'processing',
      version: order.version + 1,
    });
  });
});
