import { describe, expect, it } from 'vitest';
import { shippingMethodSchema } from '../../shared/schemas/shipping-method';
import { describeBackends, errorBodyOf } from '../factories/test-server';

const dhl = {
  name: 'DHL Express',
  carrier: 'DHL',
  countries: ['DE', 'FR'],
  priceRule: {
    kind: 'weight_bands',
    bands: [
      { upToGrams: 1000, amount: 990 },
      { upToGrams: 5000, amount: 1490 },
    ],
  },
  trackingUrlTemplate: 'https://dhl.example/track?n={tracking}',
};

describeBackends('fulfillment: shipping methods', (server) => {
  describe('/api/v1/admin/shipping-methods', () => {
    it('creates (201, active by default), lists and deactivates a method', async () => {
      const { token } = await server.login('admin');
      const created = await server.api('POST', '/api/v1/admin/shipping-methods', { token, json: dhl });
      expect(created.status).toBe(201);
      const method = shippingMethodSchema.parse(created.body);
      expect(method).toMatchObject({ ...dhl, active: true, version: 1 });
      const patched = await server.api('PATCH', `/api/v1/admin/shipping-methods/${method.id}`, {
        token,
        json: { active: false, priceRule: { kind: 'flat', amount: 500 } },
      });
      expect(patched.status).toBe(200);
      expect(shippingMethodSchema.parse(patched.body)).toMatchObject({
        active: false,
        priceRule: { kind: 'flat', amount: 500 },
        name: dhl.name,
        version: 2,
      });
      const list = await server.api('GET', '/api/v1/admin/shipping-methods', { token });
      const items = (list.body as { items: unknown[] }).items.map((item) => shippingMethodSchema.parse(item));
      expect(items.find((item) => item.id === method.id)?.active).toBe(false);
    });

    it('validates price rules, countries and tracking templates (400 naming the fields)', async () => {
      const { token } = await server.login('admin');
      const bad = await server.api('POST', '/api/v1/admin/shipping-methods', {
        token,
        json: {
          ...dhl,
          countries: ['Germany'],
          priceRule: {
            kind: 'weight_bands',
            bands: [
              { upToGrams: 5000, amount: 1 },
              { upToGrams: 1000, amount: 2 },
            ],
          },
          trackingUrlTemplate: 'javascript:alert(1)',
        },
      });
      expect(bad.status).toBe(400);
      expect(errorBodyOf(bad).issues?.map((issue) => issue.path)).toEqual(
        expect.arrayContaining(['countries.0', 'priceRule.bands', 'trackingUrlTemplate']),
      );
      const unknownKind = await server.api('POST', '/api/v1/admin/shipping-methods', {
        token,
        json: { ...dhl, priceRule: { kind: 'per_item', amount: 1 } },
      });
      expect(unknownKind.status).toBe(400);
    });

    it('is for administrators only; an unknown method is 404', async () => {
      const manager = await server.login('manager');
      expect(
        (await server.api('GET', '/api/v1/admin/shipping-methods', { token: manager.token })).status,
      ).toBe(403);
      expect(
        (await server.api('POST', '/api/v1/admin/shipping-methods', { token: manager.token, json: dhl }))
          .status,
      ).toBe(403);
      const { token } = await server.login('admin');
      const missing = await server.api(
        'PATCH',
        '/api/v1/admin/shipping-methods/0190a000-0000-7000-8000-00000000ffff',
        { token, json: { active: false } },
      );
      expect(missing.status).toBe(404);
    });
  });
});
