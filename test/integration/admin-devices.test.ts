import { expect, it } from 'vitest';
import { z } from 'zod';
import { deviceAdminViewSchema } from '../../shared/schemas/device-admin';
import { newId } from '../../shared/ids';
import { appRouter } from '../../server/trpc/app-router';
import { createCallerFactory } from '../../server/trpc/init';
import { describeBackends, errorBodyOf, trpcFailure, type TestServer } from '../factories/test-server';
import { buildCommand, claimOrder } from '../factories/orders';

const devicePageSchema = z.object({
  items: z.array(deviceAdminViewSchema),
  nextCursor: z.string().nullable(),
});

async function devices(
  server: TestServer,
  token: string,
): Promise<z.infer<typeof devicePageSchema>['items']> {
  const response = await server.api('GET', '/api/v1/admin/devices?limit=500', { token });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return devicePageSchema.parse(response.body).items;
}

/** A fresh login of `email` (its own session, as on a new workstation). */
async function freshSession(
  server: TestServer,
  email: string,
): Promise<{ token: string; user: { id: string } }> {
  const response = await server.api('POST', '/api/v1/auth/login', { json: { email, password: 'demo1234' } });
  return z.object({ token: z.string(), user: z.object({ id: z.string() }) }).parse(response.body);
}

describeBackends('admin devices', (server) => {
  it('lists workstations with name, user, app version, last seen and outbox size', async () => {
    const admin = await server.login('admin');
    const packer = await freshSession(server, 'packer@orderdesk.test');
    const deviceId = `station-${newId()}`;
    const client = server.trpc(packer.token);
    await client.sync.registerDevice.mutate({
      deviceId,
      name: 'Packing station 2',
      appVersion: '0.1.0',
      outboxSize: 0,
    });
    const order = await claimOrder(server, ['processing', 'confirmed']);
    const command = buildCommand(
      packer.user,
      'order.add_tags',
      order.id,
      { tags: ['devices-test'] },
      { deviceId },
    );
    // the device reports 3 waiting commands including the one it pushes now: 2 stay waiting
    await client.sync.push.mutate({
      commands: [command],
      device: { id: deviceId, appVersion: '0.1.1', outboxSize: 3 },
    });
    const listed = (await devices(server, admin.token)).find((device) => device.id === deviceId);
    expect(listed).toMatchObject({
      name: 'Packing station 2',
      appVersion: '0.1.1',
      outboxSize: 2,
      user: { email: 'packer@orderdesk.test' },
      revokedAt: null,
    });
    expect(Date.now() - Date.parse(listed?.lastSeenAt ?? '')).toBeLessThan(60_000);
    await client.sync.registerDevice.mutate({ deviceId: `${deviceId}-2`, name: 'Packing station 3' });
    const page = devicePageSchema.parse(
      (await server.api('GET', '/api/v1/admin/devices?limit=1', { token: admin.token })).body,
    );
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).not.toBeNull();
    const next = devicePageSchema.parse(
      (
        await server.api('GET', `/api/v1/admin/devices?limit=500&cursor=${page.nextCursor ?? ''}`, {
          token: admin.token,
        })
      ).body,
    );
    expect(next.items.map((device) => device.id)).not.toContain(page.items[0]?.id);
  });

  it('a revoked workstation is refused on push, pull, live stream, REST and re-registration with DEVICE_REVOKED', async () => {
    const admin = await server.login('admin');
    const manager = await freshSession(server, 'manager@orderdesk.test');
    const deviceId = `revoked-${newId()}`;
    const client = server.trpc(manager.token);
    await client.sync.registerDevice.mutate({ deviceId, name: 'Station to revoke' });
    const controller = new AbortController();
    const caller = createCallerFactory(appRouter)(
      { app: server.app, token: undefined },
      { signal: controller.signal },
    );
    const stream = (await caller.sync.stream({ token: manager.token }))[Symbol.asyncIterator]();
    expect((await stream.next()).value).toEqual({ collections: [], hello: true });
    const streamEnd = stream.next().then(
      () => 'still open',
      (error: unknown) => error,
    );

    expect(
      (await server.api('POST', `/api/v1/admin/devices/${deviceId}/revoke`, { token: manager.token })).status,
    ).toBe(403);
    expect(
      (await server.api('POST', '/api/v1/admin/devices/no-such-device/revoke', { token: admin.token }))
        .status,
    ).toBe(404);
    const revoked = await server.api('POST', `/api/v1/admin/devices/${deviceId}/revoke`, {
      token: admin.token,
    });
    expect(revoked.status).toBe(200);
    expect(deviceAdminViewSchema.parse(revoked.body).revokedAt).not.toBeNull();

    // (a server-side caller sees the domain error itself; over HTTP it arrives as tRPC FORBIDDEN with this code)
    expect(await streamEnd).toMatchObject({ code: 'DEVICE_REVOKED' });
    controller.abort();
    const order = await claimOrder(server, ['processing', 'confirmed']);
    const command = buildCommand(
      manager.user,
      'order.add_tags',
      order.id,
      { tags: ['after-revoke'] },
      { deviceId },
    );
    const pushed = await trpcFailure(client.sync.push.mutate({ commands: [command] }));
    expect(pushed).toMatchObject({ httpStatus: 403, domain: { code: 'DEVICE_REVOKED' } });
    const pulled = await trpcFailure(client.sync.pull.query({ collection: 'orders', checkpoint: null }));
    expect(pulled.domain.code).toBe('DEVICE_REVOKED');
    const rest = await server.api('GET', '/api/v1/admin/orders?limit=1', { token: manager.token });
    expect(rest.status).toBe(403);
    expect(errorBodyOf(rest).code).toBe('DEVICE_REVOKED');

    // a new login on the revoked workstation: its commands, pulls and registration are still refused
    const again = await freshSession(server, 'manager@orderdesk.test');
    const fresh = server.trpc(again.token);
    expect((await trpcFailure(fresh.sync.push.mutate({ commands: [command] }))).domain.code).toBe(
      'DEVICE_REVOKED',
    );
    expect(
      (await trpcFailure(fresh.sync.pull.query({ collection: 'orders', checkpoint: null, deviceId }))).domain
        .code,
    ).toBe('DEVICE_REVOKED');
    expect((await trpcFailure(fresh.sync.registerDevice.mutate({ deviceId }))).domain.code).toBe(
      'DEVICE_REVOKED',
    );
    const events = await server.app.db.query(`SELECT 1 FROM commands WHERE id = $1`, [command.id]);
    expect(events).toEqual([]);
    // the user is not blocked: the same person on another workstation keeps working
    await fresh.sync.registerDevice.mutate({ deviceId: `other-${newId()}` });
    await expect(
      fresh.sync.pull.query({ collection: 'orders', checkpoint: null, limit: 1 }),
    ).resolves.toBeTruthy();
  });
});
