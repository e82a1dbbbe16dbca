import { expect, it } from 'vitest';
import type { Permission } from '../../shared/schemas/permission';
import { describeBackends, type DemoRole } from '../factories/test-server';
import { concretePath, loadOperations, type ApiOperation } from '../factories/openapi-operations';
import { registerCustomer } from '../factories/storefront';

type Identity = { name: string; token: string | undefined } & (
  | { kind: 'anonymous' }
  | { kind: 'customer' }
  | { kind: 'staff'; permissions: readonly Permission[]; isAdmin: boolean }
);

/** The statuses an identity may get on an operation, from the auth the OpenAPI document declares. */
function expectation(operation: ApiOperation, identity: Identity): 'allowed' | 401 | 403 {
  const { auth } = operation;
  if (auth.kind === 'none') return 'allowed';
  if (identity.kind === 'anonymous') return 401;
  if (auth.kind === 'customer') return identity.kind === 'customer' ? 'allowed' : 403;
  if (identity.kind === 'customer') return 403;
  if (identity.isAdmin) return 'allowed';
  return auth.permission !== 'admin' && identity.permissions.includes(auth.permission as Permission)
    ? 'allowed'
    : 403;
}

describeBackends('authorisation matrix (every /api/v1 route × every identity)', (server) => {
  it('never answers 5xx; anonymous 401 on protected routes; customers 403 on staff routes; staff 403 on customer routes; permissions enforced', async () => {
    const operations = await loadOperations(server);
    expect(operations.length).toBeGreaterThan(10);
    const roles: [string, DemoRole][] = [
      ['view', 'viewer'],
      ['edit', 'packer'],
      ['cancel', 'canceller'],
      ['refund', 'refunds'],
      ['admin', 'admin'],
    ];
    const identities: Identity[] = [{ name: 'anonymous', kind: 'anonymous', token: undefined }];
    for (const [name, role] of roles) {
      const { token, user } = await server.login(role);
      identities.push({ name, kind: 'staff', token, permissions: user.permissions, isAdmin: user.isAdmin });
    }
    for (const name of ['customer A', 'customer B'])
      identities.push({ name, kind: 'customer', token: (await registerCustomer(server, name)).token });
    const failures: string[] = [];
    for (const operation of operations) {
      const path = concretePath(operation);
      for (const identity of identities) {
        const response = await server.api(operation.method, path, {
          ...(identity.token ? { token: identity.token } : {}),
          ...(operation.method === 'GET' || operation.method === 'DELETE' ? {} : { json: {} }),
        });
        const expected = expectation(operation, identity);
        const label = `${operation.method} ${operation.path} as ${identity.name}: ${response.status}`;
        if (response.status >= 500) failures.push(`${label} (5xx)`);
        else if (
          expected === 'allowed' &&
          operation.auth.kind !== 'none' &&
          (response.status === 401 || response.status === 403)
        )
          failures.push(`${label} (expected access)`);
        else if (expected !== 'allowed' && response.status !== expected)
          failures.push(`${label} (expected ${expected})`);
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
