import { expect, it } from 'vitest';
import { demoEmails, describeBackends, errorBodyOf, trpcFailure } from '../factories/test-server';

describeBackends('auth', (server) => {
  it('logs a staff member in with a staff token and the user, never the password hash', async () => {
    const response = await server.api('POST', '/api/v1/auth/login', {
      json: { email: demoEmails.packer, password: 'demo1234' },
    });
    expect(response.status).toBe(200);
    const session = await server.login('packer');
    expect(session.token).toMatch(/^odst_/);
    expect(session.user).toMatchObject({ email: demoEmails.packer, name: 'Pia Packer', isAdmin: false });
    expect(session.user.permissions).toEqual(['orders.view', 'orders.edit']);
    expect(JSON.stringify(response.body)).not.toMatch(/scrypt|password/i);
  });

  it('accepts the e-mail case-insensitively', async () => {
    const response = await server.api('POST', '/api/v1/auth/login', {
      json: { email: 'VIEWER@OrderDesk.test', password: 'demo1234' },
    });
    expect(response.status).toBe(200);
  });

  it('refuses a wrong password and an unknown e-mail with the same structured 401', async () => {
    const wrong = await server.api('POST', '/api/v1/auth/login', {
      json: { email: demoEmails.admin, password: 'nope-nope' },
    });
    const unknown = await server.api('POST', '/api/v1/auth/login', {
      json: { email: 'ghost@orderdesk.test', password: 'demo1234' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(errorBodyOf(wrong)).toEqual({ code: 'UNAUTHENTICATED', message: 'Wrong e-mail or password' });
    expect(errorBodyOf(unknown)).toEqual(errorBodyOf(wrong));
  });

  it('rejects a malformed login body with 400 naming the field', async () => {
    const response = await server.api('POST', '/api/v1/auth/login', {
      json: { email: 'not-an-email', password: '' },
    });
    expect(response.status).toBe(400);
    const error = errorBodyOf(response);
    expect(error.code).toBe('BAD_INPUT');
    expect(error.issues?.map((issue) => issue.path)).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('answers 401 without a token, with a garbage token and with a non-bearer scheme', async () => {
    const none = await server.api('GET', '/api/v1/admin/orders');
    const garbage = await server.api('GET', '/api/v1/admin/orders', { token: 'garbage' });
    const forgedStaff = await server.api('GET', '/api/v1/admin/orders', { token: 'odst_not-a-real-token' });
    const basic = await server.api('GET', '/api/v1/admin/orders', {
      headers: { authorization: 'Basic YWRtaW46ZGVtbzEyMzQ=' },
    });
    for (const response of [none, garbage, forgedStaff, basic]) {
      expect(response.status).toBe(401);
      expect(errorBodyOf(response).code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a customer token on admin routes with 403', async () => {
    const response = await server.api('GET', '/api/v1/admin/orders', { token: 'odct_x' });
    expect(response.status).toBe(403);
    const error = errorBodyOf(response);
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/customer token/i);
  });

  it('uses the same token for REST and tRPC', async () => {
    const { token, user } = await server.login('viewer');
    expect((await server.api('GET', '/api/v1/admin/orders?limit=1', { token })).status).toBe(200);
    expect(await server.trpc(token).auth.me.query()).toEqual(user);
  });

  it('refuses anonymous and garbage tokens on tRPC, and a customer token with FORBIDDEN', async () => {
    expect(await trpcFailure(server.trpc().auth.me.query())).toMatchObject({
      code: 'UNAUTHORIZED',
      httpStatus: 401,
      domain: { code: 'UNAUTHENTICATED' },
    });
    expect(
      await trpcFailure(server.trpc('garbage').sync.pull.query({ collection: 'orders', checkpoint: null })),
    ).toMatchObject({
      code: 'UNAUTHORIZED',
    });
    expect(await trpcFailure(server.trpc('odct_x').auth.me.query())).toMatchObject({
      code: 'FORBIDDEN',
      domain: { code: 'FORBIDDEN' },
    });
  });

  it('tRPC login with a wrong password fails as UNAUTHORIZED with the domain body', async () => {
    const failure = await trpcFailure(
      server.trpc().auth.login.mutate({ email: demoEmails.admin, password: 'wrong' }),
    );
    expect(failure).toMatchObject({
      code: 'UNAUTHORIZED',
      domain: { code: 'UNAUTHENTICATED', message: 'Wrong e-mail or password' },
    });
  });

  it('stops accepting the token and the password of a deactivated user', async () => {
    const created = await server.createUser(['orders.view']);
    const { token } = await server.login(created.email);
    expect((await server.api('GET', '/api/v1/admin/orders?limit=1', { token })).status).toBe(200);
    // through the admin API: a write behind the server's back (plain SQL) is seen within the session cache's TTL
    const admin = await server.login('admin');
    const patched = await server.api('PATCH', `/api/v1/admin/users/${created.id}`, {
      token: admin.token,
      json: { active: false },
    });
    expect(patched.status).toBe(200);
    expect((await server.api('GET', '/api/v1/admin/orders?limit=1', { token })).status).toBe(401);
    const login = await server.api('POST', '/api/v1/auth/login', {
      json: { email: created.email, password: 'demo1234' },
    });
    expect(login.status).toBe(401);
  });

  it('issues a distinct token for every login', async () => {
    const first = await server.api('POST', '/api/v1/auth/login', {
      json: { email: demoEmails.viewer, password: 'demo1234' },
    });
    const second = await server.api('POST', '/api/v1/auth/login', {
      json: { email: demoEmails.viewer, password: 'demo1234' },
    });
    expect(first.body).not.toEqual(second.body);
  });
});
