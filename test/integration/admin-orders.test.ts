import { expect, it } from 'vitest';
import type { Order } from '../../shared/schemas/order';
import { DEMO_ORDERS, describeBackends, errorBodyOf } from '../factories/test-server';
import {
  claimOrder,
  fetchOrder,
  listAllOrders,
  listOrders,
  openQuantities,
  pullProducts,
} from '../factories/orders';

const ids = (orders: readonly Order[]): string[] => orders.map((order) => order.id);

describeBackends('REST admin orders', (server) => {
  const admin = async (): Promise<string> => (await server.login('admin')).token;

  it('lists every order newest first', async () => {
    const all = await listAllOrders(server, await admin());
    const [stored] = await server.app.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM docs WHERE collection = 'orders' AND NOT deleted`,
    );
    expect(all.length).toBeGreaterThanOrEqual(DEMO_ORDERS);
    expect(all).toHaveLength(stored?.n ?? -1);
    expect(new Set(ids(all)).size).toBe(all.length);
    const created = all.map((order) => order.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('filters by status, channel and tag exactly', async () => {
    const token = await admin();
    const all = await listAllOrders(server, token);
    const cases: [Record<string, string>, (order: Order) => boolean][] = [
      [{ status: 'processing' }, (order) => order.status === 'processing'],
      [{ channel: 'marketplace' }, (order) => order.channel === 'marketplace'],
      [{ tag: 'wholesale' }, (order) => order.tags.includes('wholesale')],
      [
        { status: 'shipped', channel: 'direct' },
        (order) => order.status === 'shipped' && order.channel === 'direct',
      ],
    ];
    for (const [query, matches] of cases) {
      const expected = ids(all.filter(matches));
      expect(expected.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect(ids(await listAllOrders(server, token, query)), JSON.stringify(query)).toEqual(expected);
    }
  });

  it('searches q by order number, customer e-mail and GTIN (with or without the leading zero)', async () => {
    const token = await admin();
    const all = await listAllOrders(server, token);
    const target = all[7];
    const gtin = target?.items[0]?.product.gtin;
    if (!target || !gtin) throw new Error('demo order without a GTIN');

    expect(ids((await listOrders(server, token, { q: target.number })).items)).toEqual([target.id]);

    const byEmail = await listAllOrders(server, token, { q: target.customer.email.toUpperCase() });
    expect(ids(byEmail)).toEqual(ids(all.filter((order) => order.customer.email === target.customer.email)));

    const withGtin = ids(all.filter((order) => order.items.some((item) => item.product.gtin === gtin)));
    expect(ids(await listAllOrders(server, token, { q: gtin }))).toEqual(withGtin);
    expect(ids(await listAllOrders(server, token, { q: gtin.replace(/^0/, '') }))).toEqual(withGtin);
    expect((await listOrders(server, token, { q: 'no-such-order-anywhere' })).items).toEqual([]);
  });

  it('pages with a cursor: every order once, in the same order as one big page, stable on repeat', async () => {
    const token = await admin();
    const walk = async (query: Record<string, string>): Promise<string[]> => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await listOrders(server, token, { ...query, limit: 7, ...(cursor ? { cursor } : {}) });
        expect(page.items.length).toBeLessThanOrEqual(7);
        seen.push(...ids(page.items));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    const paged = await walk({});
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged).toEqual(ids((await listOrders(server, token, { limit: 500 })).items));
    expect(await walk({})).toEqual(paged);
    expect(await walk({ channel: 'direct' })).toEqual(
      ids(await listAllOrders(server, token, { channel: 'direct' })),
    );
  });

  it('rejects limit > 500, limit 0, a bad cursor and an unknown status with 400 naming the field', async () => {
    const token = await admin();
    const cases: [string, string][] = [
      ['limit=501', 'limit'],
      ['limit=0', 'limit'],
      ['limit=ten', 'limit'],
      ['cursor=not-a-cursor', 'cursor'],
      ['status=lost', 'status'],
    ];
    for (const [query, path] of cases) {
      const response = await server.api('GET', `/api/v1/admin/orders?${query}`, { token });
      expect(response.status, query).toBe(400);
      const error = errorBodyOf(response);
      expect(error.code).toBe('BAD_INPUT');
      expect(
        error.issues?.map((issue) => issue.path),
        query,
      ).toContain(path);
    }
  });

  it('gets one order; an unknown id is 404 and a malformed id 400', async () => {
    const token = await admin();
    const [first] = (await listOrders(server, token, { limit: 1 })).items;
    if (!first) throw new Error('no orders');
    expect(await fetchOrder(server, token, first.id)).toEqual(first);

    const missing = await server.api('GET', '/api/v1/admin/orders/00000000-0000-4000-8000-000000000000', {
      token,
    });
    expect(missing.status).toBe(404);
    expect(errorBodyOf(missing).code).toBe('NOT_FOUND');

    const malformed = await server.api('GET', '/api/v1/admin/orders/not-a-uuid', { token });
    expect(malformed.status).toBe(400);
    expect(errorBodyOf(malformed).issues?.map((issue) => issue.path)).toEqual(['id']);
  });

  it('changes the status along the state machine: version +1 and an event naming the user', async () => {
    const { token, user } = await server.login('manager');
    const order = await claimOrder(server, 'confirmed');
    const response = await server.api('POST', `/api/v1/admin/orders/${order.id}/status`, {
      token,
      json: { status: 'processing' },
    });
    expect(response.status).toBe(200);
    const changed = await fetchOrder(server, token, order.id);
    expect(response.body).toEqual(changed);
    expect(changed).toMatchObject({ status: 'processing', version: order.version + 1 });
    expect(changed.events).toHaveLength(order.events.length + 1);
    expect(changed.events.at(-1)).toMatchObject({
      type: 'status_changed',
      userId: user.id,
      userName: 'Max Manager',
      deviceId: 'rest-api',
      data: { from: 'confirmed', to: 'processing' },
    });
  });

  it('refuses a transition the state machine does not allow with 409 listing the allowed ones', async () => {
    const token = await admin();
    const order = await claimOrder(server, 'pending');
    for (const status of ['shipped', 'cancelled']) {
      const response = await server.api('POST', `/api/v1/admin/orders/${order.id}/status`, {
        token,
        json: { status },
      });
      expect(response.status, status).toBe(409);
      expect(errorBodyOf(response)).toMatchObject({
        code: 'INVALID_TRANSITION',
        details: { from: 'pending', to: status, allowed: ['confirmed', 'on_hold'] },
      });
    }
    const bad = await server.api('POST', `/api/v1/admin/orders/${order.id}/status`, {
      token,
      json: { status: 'teleported' },
    });
    expect(bad.status).toBe(400);
    expect(errorBodyOf(bad).issues?.map((issue) => issue.path)).toEqual(['status']);
    expect(await fetchOrder(server, token, order.id)).toEqual(order);
  });

  it('cancels an open order and releases exactly its open quantity of reserved stock', async () => {
    const { token } = await server.login('canceller');
    const order = await claimOrder(server, ['processing', 'confirmed']);
    const client = server.trpc(token);
    const before = await pullProducts(client);
    const response = await server.api('POST', `/api/v1/admin/orders/${order.id}/cancel`, {
      token,
      json: { reason: 'Customer changed mind' },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Customer changed mind',
      version: order.version + 1,
    });
    const after = await pullProducts(client);
    const released = openQuantities(order);
    expect(released.size).toBeGreaterThan(0);
    for (const [productId, product] of after) {
      const previous = before.get(productId);
      if (!previous) throw new Error(`product ${productId} appeared`);
      const quantity = released.get(productId) ?? 0;
      expect(product.stock.reserved, product.sku).toBe(previous.stock.reserved - quantity);
      expect(product.stock.onHand, product.sku).toBe(previous.stock.onHand);
      expect(product.stock.available, product.sku).toBe(product.stock.onHand - product.stock.reserved);
    }
  });

  it('refuses to cancel a shipped, partially shipped or already cancelled order with 409, touching no stock', async () => {
    const token = await admin();
    const client = server.trpc(token);
    const before = await pullProducts(client);
    for (const status of ['shipped', 'partially_shipped', 'cancelled'] as const) {
      const order = await claimOrder(server, status);
      const response = await server.api('POST', `/api/v1/admin/orders/${order.id}/cancel`, {
        token,
        json: { reason: 'Too late' },
      });
      expect(response.status, status).toBe(409);
      expect(errorBodyOf(response).code).toBe('INVALID_TRANSITION');
      expect(await fetchOrder(server, token, order.id)).toEqual(order);
    }
    expect(await pullProducts(client)).toEqual(before);
  });

  it('requires a cancel reason: 400 naming `reason`, order unchanged', async () => {
    const token = await admin();
    const order = await claimOrder(server, 'pending');
    for (const json of [{}, { reason: '   ' }, { reason: 42 }]) {
      const response = await server.api('POST', `/api/v1/admin/orders/${order.id}/cancel`, { token, json });
      expect(response.status, JSON.stringify(json)).toBe(400);
      expect(errorBodyOf(response).issues?.map((issue) => issue.path)).toEqual(['reason']);
    }
    expect(await fetchOrder(server, token, order.id)).toEqual(order);
  });

  it('cancels an order on hold that had not shipped', async () => {
    const token = await admin();
    const order = await claimOrder(server, 'on_hold');
    const response = await server.api('POST', `/api/v1/admin/orders/${order.id}/cancel`, {
      token,
      json: { reason: 'Fraud check failed' },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'cancelled', statusBeforeHold: null });
  });
});
