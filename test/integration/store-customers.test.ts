import { expect, it } from 'vitest';
import { z } from 'zod';
import {
  checkoutResultSchema,
  customerOrderSchema,
  shippingOfferSchema,
} from '../../shared/schemas/storefront';
import { newId } from '../../shared/ids';
import { describeBackends, errorBodyOf } from '../factories/test-server';
import { checkoutBody, productWithStock, registerCustomer } from '../factories/storefront';

const pageSchema = z.object({ items: z.array(customerOrderSchema), nextCursor: z.string().nullable() });

/** The default limit of server/rest/login-rate-limit.ts. */
const LOGIN_ATTEMPTS_PER_MINUTE = 20;

describeBackends('storefront customers and hardening', (server) => {
  const placeOrder = async (token: string, index: number): Promise<string> => {
    const product = await productWithStock(server, 5, index);
    const response = await server.api('POST', '/api/v1/store/checkout', {
      token,
      json: await checkoutBody(server, product),
    });
    if (response.status !== 201)
      throw new Error(`checkout ${response.status} ${JSON.stringify(response.body)}`);
    return checkoutResultSchema.parse(response.body).order.id;
  };

  it('registers and logs in with a customer token; a taken e-mail is 409; a wrong password 401', async () => {
    const registered = await registerCustomer(server);
    expect(registered.token).toMatch(/^odct_/);
    const email = registered.customer.email;
    const again = await server.api('POST', '/api/v1/store/auth/register', {
      json: { email: email.toUpperCase(), password: 'another-pass', name: 'X' },
    });
    expect(again.status).toBe(409);
    const login = await server.api('POST', '/api/v1/store/auth/login', {
      json: { email, password: 'secret-pass-1' },
    });
    expect(login.status).toBe(200);
    expect(JSON.stringify(login.body)).not.toMatch(/scrypt|password/i);
    const wrong = await server.api('POST', '/api/v1/store/auth/login', { json: { email, password: 'nope' } });
    expect(errorBodyOf(wrong)).toEqual({ code: 'UNAUTHENTICATED', message: 'Wrong e-mail or password' });
  });

  it('rate-limits login per IP and e-mail with a structured 429 (staff and customers)', async () => {
    for (const path of ['/api/v1/store/auth/login', '/api/v1/auth/login']) {
      const email = `victim-${newId().slice(-8)}@shop.test`;
      const statuses: number[] = [];
      for (let attempt = 0; attempt < LOGIN_ATTEMPTS_PER_MINUTE; attempt += 1) {
        statuses.push((await server.api('POST', path, { json: { email, password: 'guess' } })).status);
      }
      expect(
        statuses.every((status) => status === 401),
        path,
      ).toBe(true);
      const limited = await server.api('POST', path, { json: { email, password: 'guess' } });
      expect(limited.status, path).toBe(429);
      expect(errorBodyOf(limited).code).toBe('RATE_LIMITED');
      const other = await server.api('POST', path, { json: { email: `other-${email}`, password: 'guess' } });
      expect(other.status, path).toBe(401);
    }
  });

  it('lists only own orders with cursor paging; another customer gets 404 for them', async () => {
    const a = await registerCustomer(server, 'Anna A');
    const b = await registerCustomer(server, 'Bert B');
    const ids = [await placeOrder(a.token, 10), await placeOrder(a.token, 11), await placeOrder(a.token, 12)];
    await placeOrder(b.token, 13);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const page = pageSchema.parse(
        (await server.api('GET', `/api/v1/store/customer-orders${query}`, { token: a.token })).body,
      );
      seen.push(...page.items.map((order) => order.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...ids].sort());
    const own = await server.api('GET', `/api/v1/store/customer-orders/${ids[0] ?? ''}`, { token: a.token });
    expect(own.status).toBe(200);
    expect(own.body).not.toHaveProperty('notes');
    expect(own.body).not.toHaveProperty('events');
    const stolen = await server.api('GET', `/api/v1/store/customer-orders/${ids[0] ?? ''}`, {
      token: b.token,
    });
    expect(stolen.status).toBe(404);
    expect(JSON.stringify(stolen.body)).not.toContain('Anna');
    const pdf = await server.api(
      'GET',
      `/api/v1/store/customer-orders/${ids[0] ?? ''}/invoices/${newId()}.pdf`,
      { token: a.token },
    );
    expect(pdf.status).toBe(404);
    expect(errorBodyOf(pdf).message).toMatch(/invoice/i);
    expect(
      (await server.api('GET', '/api/v1/store/customer-orders?cursor=bad!', { token: a.token })).status,
    ).toBe(400);
  });

  it('refuses a staff token on customer routes and a customer token on admin routes with 403', async () => {
    const staff = await server.login('admin');
    const customer = await registerCustomer(server);
    expect((await server.api('GET', '/api/v1/store/customer-orders', { token: staff.token })).status).toBe(
      403,
    );
    expect((await server.api('GET', '/api/v1/admin/orders', { token: customer.token })).status).toBe(403);
    expect((await server.api('GET', '/api/v1/store/customer-orders')).status).toBe(401);
  });

  it('offers shipping methods serving a country with their price rule explained', async () => {
    const response = await server.api('GET', '/api/v1/store/shipping-methods?country=US');
    expect(response.status).toBe(200);
    const items = z.object({ items: z.array(shippingOfferSchema) }).parse(response.body).items;
    expect(items.map((item) => item.carrier)).toEqual(['UPS']);
    const de = z
      .object({ items: z.array(shippingOfferSchema) })
      .parse((await server.api('GET', '/api/v1/store/shipping-methods?country=DE')).body).items;
    expect(de.find((item) => item.priceRule.kind === 'free_above')?.freeFromSubtotal).toBe(10000);
    expect(de.find((item) => item.priceRule.kind === 'weight_bands')?.maxWeightGrams).toBe(31500);
    expect((await server.api('GET', '/api/v1/store/shipping-methods?country=germany')).status).toBe(400);
  });

  it('sends security headers, answers CORS only for allowed origins, and 413 for an over-5 MB body', async () => {
    const response = await server.api('GET', '/api/v1/store/shipping-methods?country=DE', {
      headers: { origin: 'https://evil.example' },
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('strict-transport-security')).toBeTruthy();
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const huge = await server.api('POST', '/api/v1/store/checkout', {
      json: { items: [], junk: 'x'.repeat(5 * 1024 * 1024) },
    });
    expect(huge.status).toBe(413);
    expect(errorBodyOf(huge).message.length).toBeGreaterThan(0);
  });
});
