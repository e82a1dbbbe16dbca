import { expect, it } from 'vitest';
import type { Command } from '../../shared/schemas/command';
import type { Order } from '../../shared/schemas/order';
import { newId } from '../../shared/ids';
import { describeBackends, type TestServer } from '../factories/test-server';

async function orderInStatus(server: TestServer, token: string, status: string, skip = 0): Promise<Order> {
  const response = await server.api('GET', `/api/v1/admin/orders?status=${status}&limit=50`, { token });
  const order = (response.body as { items: Order[] }).items.filter((o) =>
    o.items.every((i) => i.quantityShipped === 0),
  )[skip];
  if (!order) throw new Error(`no ${status} order`);
  return order;
}

function command(
  userId: string,
  deviceId: string,
  targetId: string,
  expectedVersion: number,
  type: string,
  payload: unknown,
): Command {
  return {
    id: newId(),
    type,
    targetId,
    expectedVersion,
    payload,
    userId,
    deviceId,
    createdAt: new Date().toISOString(),
  };
}

describeBackends('two devices with conflicting offline commands', (server) => {
  it('applies both sides of non-conflicting edits made offline on the same order version', async () => {
    const { token, user } = await server.login('manager');
    const order = await orderInStatus(server, token, 'confirmed');
    const deviceA = [
      command(user.id, 'device-a', order.id, order.version, 'order.add_tags', { tags: ['from-a'] }),
    ];
    const deviceB = [
      command(user.id, 'device-b', order.id, order.version, 'order.add_tags', { tags: ['from-b'] }),
      command(user.id, 'device-b', order.id, order.version, 'order.set_notes', { notes: 'Gift wrap' }),
    ];
    const a = await server.trpc(token).sync.push.mutate({ commands: deviceA });
    const b = await server.trpc(token).sync.push.mutate({ commands: deviceB });
    expect([...a.outcomes, ...b.outcomes].map((o) => o.status)).toEqual(['applied', 'applied', 'applied']);
    const after = (await server.api('GET', `/api/v1/admin/orders/${order.id}`, { token })).body as Order;
    expect(after.tags).toEqual(expect.arrayContaining(['from-a', 'from-b']));
    expect(after.notes).toBe('Gift wrap');
  });

  it('decides a real conflict by arrival order and tells the losing device why', async () => {
    const { token, user } = await server.login('manager');
    const runs: string[][] = [];
    for (const first of ['cancel', 'reconfirm'] as const) {
      const order = await orderInStatus(server, token, 'processing', first === 'cancel' ? 0 : 1);
      const cancel = command(user.id, 'device-a', order.id, order.version, 'order.cancel', {
        reason: 'Customer changed mind',
      });
      const reconfirm = command(user.id, 'device-b', order.id, order.version, 'order.set_status', {
        status: 'confirmed',
      });
      const ordered = first === 'cancel' ? [cancel, reconfirm] : [reconfirm, cancel];
      const outcomes = [];
      for (const next of ordered)
        outcomes.push(...(await server.trpc(token).sync.push.mutate({ commands: [next] })).outcomes);
      runs.push(outcomes.map((o) => (o.status === 'rejected' ? `rejected:${o.error.code}` : o.status)));
      const after = (await server.api('GET', `/api/v1/admin/orders/${order.id}`, { token })).body as Order;
      expect(after.status).toBe('cancelled');
      const loser = outcomes.find((o) => o.status === 'rejected');
      if (loser?.status === 'rejected') expect(loser.error.message).toMatch(/cancel/i);
    }
    // cancel first: the status change loses (cannot move a cancelled order); status change first: cancel still wins from confirmed
    expect(runs).toEqual([
      ['applied', 'rejected:INVALID_TRANSITION'],
      ['applied', 'applied'],
    ]);
  });
});
