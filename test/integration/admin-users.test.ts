import { expect, it } from 'vitest';
import { describeBackends, errorBodyOf } from '../factories/test-server';

describeBackends('admin users', (server) => {
  it('an admin creates a user who can then sign in with the given permissions', async () => {
    const { token } = await server.login('admin');
    const email = `new-${Date.now()}@orderdesk.test`;
    const created = await server.api('POST', '/api/v1/admin/users', {
      token,
      json: {
        email,
        name: 'New Packer',
        password: 'packing-123',
        permissions: ['orders.view', 'orders.edit'],
      },
    });
    expect(created.status).toBe(201);
    const login = await server.api('POST', '/api/v1/auth/login', {
      json: { email, password: 'packing-123' },
    });
    expect(login.status).toBe(200);
    expect((login.body as { user: { permissions: string[] } }).user.permissions).toEqual([
      'orders.view',
      'orders.edit',
    ]);
    const again = await server.api('POST', '/api/v1/admin/users', {
      token,
      json: { email, name: 'Twin', password: 'packing-123', permissions: [] },
    });
    expect(again.status).toBe(409);
  });

  it('refuses non-admins, bad input, and an admin demoting themselves', async () => {
    const manager = await server.login('manager');
    expect((await server.api('GET', '/api/v1/admin/users', { token: manager.token })).status).toBe(403);
    const admin = await server.login('admin');
    const short = await server.api('POST', '/api/v1/admin/users', {
      token: admin.token,
      json: { email: 'x@orderdesk.test', name: 'X', password: 'short', permissions: [] },
    });
    expect(short.status).toBe(400);
    expect(errorBodyOf(short).issues?.map((issue) => issue.path)).toContain('password');
    const self = await server.api('PATCH', `/api/v1/admin/users/${admin.user.id}`, {
      token: admin.token,
      json: { isAdmin: false },
    });
    expect(self.status).toBe(422);
  });

  it('removing orders.view makes the next pull forbidden', async () => {
    const admin = await server.login('admin');
    const { id, email } = await server.createUser(['orders.view']);
    const viewer = await server.login(email);
    await expect(
      server.trpc(viewer.token).sync.pull.query({ collection: 'orders', checkpoint: null, limit: 5 }),
    ).resolves.toBeTruthy();
    const patched = await server.api('PATCH', `/api/v1/admin/users/${id}`, {
      token: admin.token,
      json: { permissions: [] },
    });
    expect(patched.status).toBe(200);
    await expect(
      server.trpc(viewer.token).sync.pull.query({ collection: 'orders', checkpoint: null, limit: 5 }),
    ).rejects.toThrow(/orders.view/);
  });

  it('a password reset signs the user out everywhere; deactivation refuses sign-in and every session', async () => {
    const admin = await server.login('admin');
    const { id, email } = await server.createUser(['orders.view']);
    const before = await server.api('POST', '/api/v1/auth/login', { json: { email, password: 'demo1234' } });
    const oldToken = (before.body as { token: string }).token;
    const reset = await server.api('PATCH', `/api/v1/admin/users/${id}`, {
      token: admin.token,
      json: { password: 'a-new-password' },
    });
    expect(reset.status).toBe(200);
    expect((await server.api('GET', '/api/v1/admin/orders?limit=1', { token: oldToken })).status).toBe(401);
    const after = await server.api('POST', '/api/v1/auth/login', {
      json: { email, password: 'a-new-password' },
    });
    expect(after.status).toBe(200);
    const newToken = (after.body as { token: string }).token;
    expect((await server.api('GET', '/api/v1/admin/orders?limit=1', { token: newToken })).status).toBe(200);

    const deactivated = await server.api('PATCH', `/api/v1/admin/users/${id}`, {
      token: admin.token,
      json: { active: false },
    });
    expect((deactivated.body as { active: boolean }).active).toBe(false);
    expect((await server.api('GET', '/api/v1/admin/orders?limit=1', { token: newToken })).status).toBe(401);
    const refused = await server.api('POST', '/api/v1/auth/login', {
      json: { email, password: 'a-new-password' },
    });
    expect(refused.status).toBe(401);
  });
});
