import { expect, it } from 'vitest';
import type { Order } from '../../shared/schemas/order';
import { describeBackends, errorBodyOf, type DemoRole } from '../factories/test-server';
import { buildCommand, claimOrder, fetchOrder, pullProducts, push } from '../factories/orders';

describeBackends('permissions (enforced for REST and synced commands)', (server) => {
  const expectUnchanged = async (order: Order): Promise<void> => {
    const { token } = await server.login('admin');
    const now = await fetchOrder(server, token, order.id);
    expect(now.version).toBe(order.version);
    expect(now.status).toBe(order.status);
    expect(now.events).toEqual(order.events);
  };

  it.each<[DemoRole]>([['viewer'], ['packer'], ['refunds']])(
    '%s cannot cancel over REST: 403 naming orders.cancel',
    async (role) => {
      const { token } = await server.login(role);
      const order = await claimOrder(server, ['confirmed', 'processing', 'pending']);
      const response = await server.api('POST', `/api/v1/admin/orders/${order.id}/cancel`, {
        token,
        json: { reason: 'Sneaky' },
      });
      expect(response.status).toBe(403);
      const error = errorBodyOf(response);
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toContain('orders.cancel');
      await expectUnchanged(order);
    },
  );

  it.each<[DemoRole]>([['viewer'], ['packer'], ['refunds']])(
    '%s cannot cancel with a forged order.cancel command: rejected FORBIDDEN, order and stock unchanged',
    async (role) => {
      const { token, user } = await server.login(role);
      const client = server.trpc(token);
      const order = await claimOrder(server, ['confirmed', 'processing', 'pending']);
      const stockBefore = await pullProducts(client);
      const command = buildCommand(user, 'order.cancel', order.id, { reason: 'Tampered local database' });
      const [outcome] = await push(client, [command]);
      expect(outcome).toMatchObject({
        commandId: command.id,
        status: 'rejected',
        error: { code: 'FORBIDDEN' },
      });
      expect(outcome?.status === 'rejected' ? outcome.error.message : '').toContain('orders.cancel');
      await expectUnchanged(order);
      expect(await pullProducts(client)).toEqual(stockBefore);
    },
  );

  it('refunds@ (no orders.edit) can neither set a status nor edit tags, over REST or sync', async () => {
    const { token, user } = await server.login('refunds');
    const order = await claimOrder(server, ['processing', 'confirmed', 'pending']);
    const response = await server.api('POST', `/api/v1/admin/orders/${order.id}/status`, {
      token,
      json: { status: 'on_hold' },
    });
    expect(response.status).toBe(403);
    expect(errorBodyOf(response).message).toContain('orders.edit');
    const outcomes = await push(server.trpc(token), [
      buildCommand(user, 'order.set_status', order.id, { status: 'on_hold' }),
      buildCommand(user, 'order.add_tags', order.id, { tags: ['sneaky'] }),
      buildCommand(user, 'order.set_notes', order.id, { notes: 'sneaky' }),
    ]);
    for (const outcome of outcomes)
      expect(outcome).toMatchObject({ status: 'rejected', error: { code: 'FORBIDDEN' } });
    await expectUnchanged(order);
  });

  it('viewer cannot change the status over REST or sync', async () => {
    const { token, user } = await server.login('viewer');
    const order = await claimOrder(server, ['pending', 'processing', 'confirmed']);
    const response = await server.api('POST', `/api/v1/admin/orders/${order.id}/status`, {
      token,
      json: { status: 'on_hold' },
    });
    expect(response.status).toBe(403);
    const [outcome] = await push(server.trpc(token), [
      buildCommand(user, 'order.set_status', order.id, { status: 'on_hold' }),
    ]);
    expect(outcome).toMatchObject({ status: 'rejected', error: { code: 'FORBIDDEN' } });
    await expectUnchanged(order);
  });

  it('the permission holders can: packer edits, canceller cancels (positive control)', async () => {
    const packer = await server.login('packer');
    const toProcess = await claimOrder(server, ['processing', 'confirmed', 'pending']);
    const [edited] = await push(server.trpc(packer.token), [
      buildCommand(packer.user, 'order.set_status', toProcess.id, { status: 'on_hold' }),
    ]);
    expect(edited).toMatchObject({ status: 'applied', version: toProcess.version + 1 });

    const canceller = await server.login('canceller');
    const toCancel = await claimOrder(server, ['pending', 'confirmed', 'processing']);
    const [cancelled] = await push(server.trpc(canceller.token), [
      buildCommand(canceller.user, 'order.cancel', toCancel.id, { reason: 'Asked by phone' }),
    ]);
    expect(cancelled).toMatchObject({ status: 'applied', version: toCancel.version + 1 });
    expect((await fetchOrder(server, canceller.token, toCancel.id)).status).toBe('cancelled');
  });

  it('rejects a command carrying another user id, even when sent by an admin', async () => {
    const viewer = await server.login('viewer');
    const admin = await server.login('admin');
    const order = await claimOrder(server, ['confirmed', 'processing', 'pending']);
    const asAdmin = buildCommand(admin.user, 'order.cancel', order.id, { reason: 'Impersonation' });
    const [fromViewer] = await push(server.trpc(viewer.token), [asAdmin]);
    expect(fromViewer).toMatchObject({
      commandId: asAdmin.id,
      status: 'rejected',
      error: { code: 'FORBIDDEN' },
    });
    const asViewer = buildCommand(viewer.user, 'order.add_tags', order.id, { tags: ['blame-the-viewer'] });
    const [fromAdmin] = await push(server.trpc(admin.token), [asViewer]);
    expect(fromAdmin).toMatchObject({ status: 'rejected', error: { code: 'FORBIDDEN' } });
    await expectUnchanged(order);
  });

  it('a viewer can still read orders (REST list/get and sync pull)', async () => {
    const { token } = await server.login('viewer');
    const order = await claimOrder(server, 'shipped');
    expect((await fetchOrder(server, token, order.id)).id).toBe(order.id);
    const page = await server
      .trpc(token)
      .sync.pull.query({ collection: 'orders', checkpoint: null, limit: 5 });
    expect(page.documents).toHaveLength(5);
  });
});
