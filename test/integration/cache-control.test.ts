import { expect, it } from 'vitest';
import { describeBackends } from '../factories/test-server';
import { registerCustomer } from '../factories/storefront';

describeBackends('Cache-Control: no-store on API answers', (server) => {
  it('marks staff, customer, login, error and sync answers as not storable', async () => {
    const admin = await server.login('admin');
    const customer = await registerCustomer(server, 'Cache Customer');
    const answers = {
      'staff list': await server.api('GET', '/api/v1/admin/orders?limit=1', { token: admin.token }),
      'customer list': await server.api('GET', '/api/v1/store/customer-orders', { token: customer.token }),
      login: await server.api('POST', '/api/v1/auth/login', {
        json: { email: 'admin@orderdesk.test', password: 'demo1234' },
      }),
      'missing token': await server.api('GET', '/api/v1/admin/orders'),
      'bad input': await server.api('GET', '/api/v1/admin/orders?limit=nope', { token: admin.token }),
      'sync pull': await server.api(
        'GET',
        `/trpc/sync.pull?input=${encodeURIComponent(JSON.stringify({ collection: 'products', checkpoint: null, limit: 1 }))}`,
        { token: admin.token },
      ),
    };
    const cacheControl = Object.fromEntries(
      Object.entries(answers).map(([name, response]) => [name, response.headers.get('cache-control')]),
    );
    expect(cacheControl).toEqual(Object.fromEntries(Object.keys(answers).map((name) => [name, 'no-store'])));
    expect(answers['staff list'].status).toBe(200);
    expect(answers['sync pull'].status).toBe(200);
  });
});
