import { expect, it } from 'vitest';
import { putDoc } from '../../server/db/doc-store';
import { createCallerFactory } from '../../server/trpc/init';
import { appRouter } from '../../server/trpc/app-router';
import { newId } from '../../shared/ids';
import { orderSchema } from '../../shared/schemas/order';
import {
  DEMO_ORDERS,
  describeBackends,
  errorBodyOf,
  trpcFailure,
  type AppClient,
} from '../factories/test-server';
import { buildCommand, claimOrder, push } from '../factories/orders';

type PullPage = Awaited<ReturnType<AppClient['sync']['pull']['query']>>;

describeBackends('sync.pull and the live stream', (server) => {
  const pullAll = async (
    client: AppClient,
    from: { seq: number } | null,
    limit: number,
  ): Promise<{ pages: PullPage[]; checkpoint: { seq: number } | null }> => {
    const pages: PullPage[] = [];
    let checkpoint = from;
    for (;;) {
      const page = await client.sync.pull.query({ collection: 'orders', checkpoint, limit });
      pages.push(page);
      if (page.documents.length === 0) return { pages, checkpoint: page.checkpoint };
      checkpoint = page.checkpoint;
    }
  };

  it('pages the orders by checkpoint: every order exactly once, in sequence order', async () => {
    const { token } = await server.login('viewer');
    const { pages, checkpoint } = await pullAll(server.trpc(token), null, 7);
    const documents = pages.flatMap((page) => page.documents);
    expect(documents.length).toBeGreaterThanOrEqual(DEMO_ORDERS);
    expect(new Set(documents.map((document) => document.id)).size).toBe(documents.length);
    for (const page of pages.slice(0, -1)) expect(page.documents.length).toBeLessThanOrEqual(7);
    expect(documents.every((document) => document._deleted === false)).toBe(true);
    for (const document of documents) orderSchema.parse(document);
    const seqs = await server.app.db.query<{ id: string; seq: string | number }>(
      `SELECT id, seq FROM docs WHERE collection = 'orders' ORDER BY seq`,
    );
    expect(documents.map((document) => document.id)).toEqual(seqs.map((row) => row.id));
    expect(checkpoint).toEqual({ seq: Number(seqs.at(-1)?.seq) });
    expect(pages.at(-1)?.checkpoint).toEqual(checkpoint);
  });

  it('from the last checkpoint returns only the changed order, then nothing', async () => {
    const viewer = await server.login('viewer');
    const client = server.trpc(viewer.token);
    const { checkpoint } = await pullAll(client, null, 500);
    const manager = await server.login('manager');
    const order = await claimOrder(server, ['processing', 'confirmed', 'pending']);
    const [outcome] = await push(server.trpc(manager.token), [
      buildCommand(manager.user, 'order.add_tags', order.id, { tags: ['pulled'] }),
    ]);
    expect(outcome?.status).toBe('applied');
    const page = await client.sync.pull.query({ collection: 'orders', checkpoint, limit: 500 });
    expect(page.documents.map((document) => document.id)).toEqual([order.id]);
    const changed = orderSchema.parse(page.documents[0]);
    expect(changed.version).toBe(order.version + 1);
    expect(changed.tags).toContain('pulled');
    expect(page.checkpoint?.seq).toBeGreaterThan(checkpoint?.seq ?? 0);
    expect(
      (await client.sync.pull.query({ collection: 'orders', checkpoint: page.checkpoint })).documents,
    ).toEqual([]);
  });

  it('a cancel moves the stock of exactly its products into the products feed', async () => {
    const { token, user } = await server.login('admin');
    const client = server.trpc(token);
    const start = await client.sync.pull.query({ collection: 'products', checkpoint: null, limit: 5000 });
    const order = await claimOrder(server, ['confirmed', 'processing', 'pending']);
    await push(client, [buildCommand(user, 'order.cancel', order.id, { reason: 'Out of stock elsewhere' })]);
    const changed = await client.sync.pull.query({
      collection: 'products',
      checkpoint: start.checkpoint,
      limit: 5000,
    });
    const productIds = new Set(order.items.flatMap((item) => (item.productId ? [item.productId] : [])));
    expect(new Set(changed.documents.map((document) => document.id))).toEqual(productIds);
  });

  it('refuses a user without orders.view (FORBIDDEN naming it) on pull and on REST', async () => {
    const created = await server.createUser([]);
    const { token } = await server.login(created.email);
    const failure = await trpcFailure(
      server.trpc(token).sync.pull.query({ collection: 'orders', checkpoint: null }),
    );
    expect(failure).toMatchObject({ code: 'FORBIDDEN', httpStatus: 403, domain: { code: 'FORBIDDEN' } });
    expect(failure.domain.message).toContain('orders.view');
    const rest = await server.api('GET', '/api/v1/admin/orders', { token });
    expect(rest.status).toBe(403);
    expect(errorBodyOf(rest).message).toContain('orders.view');
  });

  it('rejects bad pull input and anonymous pulls', async () => {
    const { token } = await server.login('viewer');
    const client = server.trpc(token);
    expect(
      await trpcFailure(client.sync.pull.query({ collection: 'orders', checkpoint: null, limit: 5001 })),
    ).toMatchObject({ code: 'BAD_REQUEST', domain: { code: 'BAD_INPUT' } });
    expect(
      await trpcFailure(client.sync.pull.query({ collection: 'orders', checkpoint: { seq: -1 } })),
    ).toMatchObject({ code: 'BAD_REQUEST' });
    expect(
      await trpcFailure(server.trpc().sync.pull.query({ collection: 'orders', checkpoint: null })),
    ).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('shows a user only the documents of their own store', async () => {
    const storeId = newId();
    await server.app.db.query('INSERT INTO stores (id, data) VALUES ($1, $2::jsonb)', [
      storeId,
      JSON.stringify({ id: storeId, name: 'Other store' }),
    ]);
    const outsider = await server.createUser(['orders.view', 'orders.edit', 'orders.cancel'], { storeId });
    const { token: adminToken } = await server.login('admin');
    const [template] = (
      await server.trpc(adminToken).sync.pull.query({ collection: 'orders', checkpoint: null, limit: 1 })
    ).documents;
    const foreign = { ...orderSchema.parse(template), id: newId(), storeId, number: 'X-1' };
    await putDoc(server.app.db, 'orders', foreign);

    const session = await server.login(outsider.email);
    const outsiderPull = await server
      .trpc(session.token)
      .sync.pull.query({ collection: 'orders', checkpoint: null, limit: 5000 });
    expect(outsiderPull.documents.map((document) => document.id)).toEqual([foreign.id]);
    const adminPull = await server
      .trpc(adminToken)
      .sync.pull.query({ collection: 'orders', checkpoint: null, limit: 5000 });
    expect(adminPull.documents.map((document) => document.id)).not.toContain(foreign.id);
    expect(
      (await server.api('GET', `/api/v1/admin/orders/${foreign.id}`, { token: adminToken })).status,
    ).toBe(404);
    const admin = await server.login('admin');
    const [outcome] = await push(server.trpc(adminToken), [
      buildCommand(admin.user, 'order.cancel', foreign.id, { reason: 'Not mine' }),
    ]);
    expect(outcome).toMatchObject({ status: 'rejected', error: { code: 'NOT_FOUND' } });
  });

  it('registers a device once and keeps its code', async () => {
    const { token } = await server.login('packer');
    const client = server.trpc(token);
    const deviceId = `device-${newId()}`.slice(0, 40);
    const first = await client.sync.registerDevice.mutate({ deviceId });
    expect(first.code).toMatch(/^D\d{2,}$/);
    expect(await client.sync.registerDevice.mutate({ deviceId })).toEqual(first);
    const other = await client.sync.registerDevice.mutate({ deviceId: `${deviceId}-b` });
    expect(other.code).not.toBe(first.code);
  });

  // Node 20 has no global EventSource for httpSubscriptionLink, so the SSE procedure is driven through a server-side caller.
  it('streams a hello, then a notice naming the changed collections', async () => {
    const { token, user } = await server.login('manager');
    const controller = new AbortController();
    const caller = createCallerFactory(appRouter)(
      { app: server.app, token: undefined },
      { signal: controller.signal },
    );
    const stream = (await caller.sync.stream({ token }))[Symbol.asyncIterator]();
    try {
      expect((await stream.next()).value).toEqual({ collections: [], hello: true });
      const next = stream.next();
      const order = await claimOrder(server, ['processing', 'confirmed', 'pending']);
      await push(server.trpc(token), [
        buildCommand(user, 'order.cancel', order.id, { reason: 'Stream test' }),
      ]);
      const notice = await next;
      expect(notice.done).toBe(false);
      expect(notice.value?.hello).toBe(false);
      expect([...(notice.value?.collections ?? [])].sort()).toEqual(['customer_stats', 'orders', 'products']);
    } finally {
      controller.abort();
      await stream.return?.();
    }
  });

  it('refuses the stream without a valid staff token', async () => {
    const caller = createCallerFactory(appRouter)({ app: server.app, token: undefined });
    await expect(async () => {
      const stream = await caller.sync.stream({ token: 'garbage' });
      for await (const notice of stream) return notice;
      return undefined;
    }).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
