import { expect, it } from 'vitest';
import { z } from 'zod';
import { commandOutcomeSchema, type CommandOutcome } from '../../shared/schemas/command';
import { describeBackends, errorBodyOf, type ApiResponse, type TestServer } from '../factories/test-server';
import { buildCommand, claimOrder } from '../factories/orders';
import {
  checkoutBody,
  databaseSnapshot,
  productWithStock,
  registerCustomer,
  shippingMethodOf,
} from '../factories/storefront';

/** Strings that are not valid Unicode text (or too long for any field): each must be a 400. */
const badTexts: Record<string, string> = {
  'lone high surrogate': 'x\ud800',
  'lone low surrogate': '\udc00y',
  'reversed pair': 'a\udc00\ud800b',
  NUL: 'a\u0000b',
  '1 MB string': 'a'.repeat(1024 * 1024 + 1),
};

interface ValidRequest {
  method: string;
  path: string;
  token?: string;
  body: Record<string, unknown>;
  /** Dotted paths of string fields inside `body` to replace with each bad text. */
  fields: string[];
}

function withValueAt(body: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let target: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1) ?? ''] = value;
  return copy;
}

async function validRequests(server: TestServer): Promise<ValidRequest[]> {
  const admin = await server.login('admin');
  const customer = await registerCustomer(server, 'Text Customer');
  const order = await claimOrder(server, ['pending', 'processing']);
  const method = await shippingMethodOf(server, 'flat');
  const product = await productWithStock(server, 50);
  const address = { name: 'Anna', line1: 'Main 1', postalCode: '10115', city: 'Berlin', country: 'DE' };
  return [
    {
      method: 'PATCH',
      path: `/api/v1/admin/orders/${order.id}`,
      token: admin.token,
      body: { notes: 'fine', tags: ['ok'], shippingAddress: { ...address, company: 'ACME' } },
      fields: ['notes', 'tags.0', 'shippingAddress.name', 'shippingAddress.company', 'shippingAddress.city'],
    },
    {
      method: 'POST',
      path: `/api/v1/admin/orders/${order.id}/cancel`,
      token: admin.token,
      body: { reason: 'customer asked' },
      fields: ['reason'],
    },
    {
      method: 'PATCH',
      path: `/api/v1/admin/shipping-methods/${method.id}`,
      token: admin.token,
      body: { name: 'Renamed', carrier: 'DHL' },
      fields: ['name', 'carrier'],
    },
    {
      method: 'PATCH',
      path: `/api/v1/admin/users/${admin.user.id}`,
      token: admin.token,
      body: { name: 'Admin Renamed' },
      fields: ['name'],
    },
    {
      method: 'POST',
      path: '/api/v1/store/auth/register',
      body: { email: 'text-register@shop.test', password: 'secret-pass-1', name: 'Reg Name' },
      fields: ['name', 'password', 'email'],
    },
    {
      method: 'POST',
      path: '/api/v1/store/checkout',
      token: customer.token,
      body: { ...(await checkoutBody(server, product)) },
      fields: ['customer.name', 'billingAddress.name', 'shippingAddress.line1', 'shippingAddress.city'],
    },
  ];
}

const pushAnswerSchema = z.object({
  result: z.object({ data: z.object({ outcomes: z.array(commandOutcomeSchema) }) }),
});

function pushOutcomesOf(body: unknown): CommandOutcome[] {
  return pushAnswerSchema.parse(body).result.data.outcomes;
}

function describeFailure(label: string, response: ApiResponse): string | undefined {
  if (response.status !== 400) return `${label} → ${response.status} ${JSON.stringify(response.body)}`;
  const error = errorBodyOf(response);
  return error.code === 'BAD_INPUT' ? undefined : `${label} → code ${error.code}`;
}

describeBackends('text input: invalid Unicode and oversize strings are a 400, nothing written', (server) => {
  it('rejects lone surrogates, NUL and 1 MB strings in every string field of REST writes', async () => {
    const requests = await validRequests(server);
    const before = await databaseSnapshot(server);
    const failures: string[] = [];
    for (const request of requests) {
      for (const field of request.fields) {
        for (const [name, text] of Object.entries(badTexts)) {
          const response = await server.api(request.method, request.path, {
            ...(request.token === undefined ? {} : { token: request.token }),
            json: withValueAt(request.body, field, text),
          });
          const failure = describeFailure(`${request.method} ${request.path} ${field}=${name}`, response);
          if (failure) failures.push(failure.slice(0, 300));
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await databaseSnapshot(server)).toEqual(before);
  }, 120_000);

  it('rejects a lone surrogate in an object key', async () => {
    const admin = await server.login('admin');
    const order = await claimOrder(server, ['pending', 'processing']);
    const response = await server.api('PATCH', `/api/v1/admin/orders/${order.id}`, {
      token: admin.token,
      raw: '{"notes":"ok","\\ud800":1}',
      contentType: 'application/json',
    });
    expect(describeFailure('key', response)).toBeUndefined();
  });

  it('rejects bodies that are not valid UTF-8 (overlong, truncated, stray bytes)', async () => {
    const admin = await server.login('admin');
    const order = await claimOrder(server, ['pending', 'processing']);
    const before = await databaseSnapshot(server);
    const invalidSequences = [
      [0xc0, 0xaf], // overlong '/'
      [0xe0, 0x80, 0xaf], // overlong '/' in three bytes
      [0xed, 0xa0, 0x80], // a surrogate encoded as UTF-8 (CESU)
      [0xff],
      [0xe2, 0x82], // truncated sequence
    ];
    for (const bytes of invalidSequences) {
      const raw = Buffer.concat([Buffer.from('{"notes":"x'), Buffer.from(bytes), Buffer.from('"}')]);
      const response = await server.api('PATCH', `/api/v1/admin/orders/${order.id}`, {
        token: admin.token,
        raw,
        contentType: 'application/json',
      });
      expect(describeFailure(`bytes ${bytes.join(',')}`, response)).toBeUndefined();
    }
    expect(await databaseSnapshot(server)).toEqual(before);
  });

  it('rejects a pushed command carrying invalid text with BAD_INPUT; the rest of the push applies', async () => {
    const admin = await server.login('admin');
    const order = await claimOrder(server, ['pending', 'processing']);
    let version = order.version;
    for (const [name, text] of Object.entries(badTexts)) {
      const bad = buildCommand(admin.user, 'order.update', order.id, { notes: text });
      const fine = buildCommand(admin.user, 'order.add_tags', order.id, { tags: [`after-${version}`] });
      const response = await server.api('POST', '/trpc/sync.push', {
        token: admin.token,
        json: { commands: [bad, fine] },
      });
      expect(response.status, `${name}: ${JSON.stringify(response.body).slice(0, 300)}`).toBe(200);
      const outcomes = pushOutcomesOf(response.body);
      expect(outcomes[0], name).toMatchObject({ status: 'rejected', error: { code: 'BAD_INPUT' } });
      version += 1;
      expect(outcomes[1], name).toMatchObject({ status: 'applied', version });
    }
    const stored = await server.api('GET', `/api/v1/admin/orders/${order.id}`, { token: admin.token });
    expect((stored.body as { notes: string }).notes).toBe(order.notes);
  });

  it('refuses other tRPC input carrying invalid text with a 400', async () => {
    const admin = await server.login('admin');
    const response = await server.api('POST', '/trpc/sync.registerDevice', {
      token: admin.token,
      json: { deviceId: 'device-\ud800-x' },
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('BAD_INPUT');
  });
});
