import { describe, expect, it } from 'vitest';
import type { Order } from '../../shared/schemas/order';
import type { Product } from '../../shared/schemas/product';
import type { ShippingMethod } from '../../shared/schemas/shipping-method';
import { orderSchema } from '../../shared/schemas/order';
import { newId } from '../../shared/ids';
import { getDoc } from '../../server/db/doc-store';
import { claimOrder, fetchOrder } from '../factories/orders';
import { describeBackends, errorBodyOf, type TestServer } from '../factories/test-server';

/** An open order whose items all match products, so it can ship. */
function shippable(order: Order): boolean {
  return (
    order.openExceptionCount === 0 &&
    order.items.every(
      (item) => item.productId !== null && item.quantityShipped === 0 && item.quantityCancelled === 0,
    )
  );
}

async function productOf(server: TestServer, id: string | null): Promise<Product> {
  const stored = id === null ? undefined : await getDoc<Product>(server.app.db, 'products', id);
  if (!stored) throw new Error(`product ${String(id)} missing`);
  return stored.data;
}

async function methodOf(server: TestServer, order: Order): Promise<ShippingMethod> {
  const stored =
    order.shippingMethodId === null
      ? undefined
      : await getDoc<ShippingMethod>(server.app.db, 'shipping_methods', order.shippingMethodId);
  if (!stored) throw new Error('shipping method missing');
  return stored.data;
}

describeBackends('fulfillment: shipments and order edits', (server) => {
  describe('POST /api/v1/admin/orders/{id}/shipments', () => {
    it('ships part of an order: 201, partially shipped, stock committed, tracking URL from the server method', async () => {
      const { token } = await server.login('packer');
      const order = await claimOrder(
        server,
        ['confirmed', 'processing'],
        (candidate) =>
          shippable(candidate) &&
          (candidate.items[0]?.quantity ?? 0) >= 1 &&
          candidate.items.length + (candidate.items[0]?.quantity ?? 0) > 2,
      );
      const item = order.items[0];
      if (!item) throw new Error('order without items');
      const before = await productOf(server, item.productId);
      const method = await methodOf(server, order);
      const response = await server.api('POST', `/api/v1/admin/orders/${order.id}/shipments`, {
        token,
        json: {
          shippingMethodId: method.id,
          carrier: method.carrier,
          trackingNumber: 'JJD 0001',
          trackingUrl: 'https://evil.example',
          items: [{ orderItemId: item.id, quantity: 1 }],
        },
      });
      expect(response.status).toBe(201);
      const shipped = orderSchema.parse(response.body);
      expect(shipped.status).toBe('partially_shipped');
      expect(shipped.fulfillmentStatus).toBe('partially_fulfilled');
      expect(shipped.shipments.at(-1)).toMatchObject({
        carrier: method.carrier,
        trackingNumber: 'JJD 0001',
        trackingUrl: method.trackingUrlTemplate.replace('{tracking}', 'JJD%200001'),
        status: 'shipped',
      });
      const after = await productOf(server, item.productId);
      expect(after.stock.onHand).toBe(before.stock.onHand - 1);
      expect(shipped.events.at(-1)).toMatchObject({ type: 'shipment_created', deviceId: 'rest-api' });
    });

    it('ships everything, then delivery of every shipment delivers the order', async () => {
      const { token } = await server.login('packer');
      const order = await claimOrder(server, ['confirmed', 'processing'], shippable);
      const items = order.items.map((item) => ({ orderItemId: item.id, quantity: item.quantity }));
      const created = await server.api('POST', `/api/v1/admin/orders/${order.id}/shipments`, {
        token,
        json: { carrier: 'DHL', trackingNumber: 'FULL-1', items },
      });
      expect(created.status).toBe(201);
      const shipped = orderSchema.parse(created.body);
      expect(shipped).toMatchObject({ status: 'shipped', fulfillmentStatus: 'fulfilled' });
      const shipmentId = shipped.shipments[0]?.id ?? '';
      const transit = await server.api('PATCH', `/api/v1/admin/orders/${order.id}/shipments/${shipmentId}`, {
        token,
        json: { status: 'in_transit' },
      });
      expect(transit.status).toBe(200);
      const delivered = await server.api(
        'PATCH',
        `/api/v1/admin/orders/${order.id}/shipments/${shipmentId}`,
        { token, json: { status: 'delivered' } },
      );
      expect(orderSchema.parse(delivered.body).status).toBe('delivered');
      const back = await server.api('PATCH', `/api/v1/admin/orders/${order.id}/shipments/${shipmentId}`, {
        token,
        json: { status: 'in_transit' },
      });
      expect(back.status).toBe(409);
      expect(errorBodyOf(back)).toMatchObject({
        code: 'INVALID_TRANSITION',
        details: { from: 'delivered', allowed: ['returned'] },
      });
    });

    it('answers 422 for over-shipping, 409 for an order on hold, 400 for a bad body or method, 403 without orders.edit, 404 for an unknown shipment', async () => {
      const { token } = await server.login('packer');
      const order = await claimOrder(server, ['confirmed', 'processing'], shippable);
      const item = order.items[0];
      if (!item) throw new Error('order without items');
      const post = (json: unknown, as = token) =>
        server.api('POST', `/api/v1/admin/orders/${order.id}/shipments`, { token: as, json });
      const over = await post({
        carrier: 'DHL',
        trackingNumber: 'X',
        items: [{ orderItemId: item.id, quantity: item.quantity + 1 }],
      });
      expect(over.status).toBe(422);
      expect(errorBodyOf(over)).toMatchObject({
        code: 'BUSINESS_RULE',
        details: { rule: 'over_ship', remaining: item.quantity },
      });
      const bad = await post({ carrier: '', trackingNumber: 'X', items: [] });
      expect(bad.status).toBe(400);
      expect(errorBodyOf(bad).issues?.map((issue) => issue.path)).toEqual(
        expect.arrayContaining(['carrier', 'items']),
      );
      const method = await post({
        shippingMethodId: newId(),
        carrier: 'DHL',
        trackingNumber: 'X',
        items: [{ orderItemId: item.id, quantity: 1 }],
      });
      expect(errorBodyOf(method)).toMatchObject({
        code: 'BAD_INPUT',
        issues: [{ path: 'shippingMethodId' }],
      });
      const viewer = await server.login('viewer');
      const forbidden = await post(
        { carrier: 'DHL', trackingNumber: 'X', items: [{ orderItemId: item.id, quantity: 1 }] },
        viewer.token,
      );
      expect(forbidden.status).toBe(403);
      const missing = await server.api('PATCH', `/api/v1/admin/orders/${order.id}/shipments/${newId()}`, {
        token,
        json: { status: 'delivered' },
      });
      expect(missing.status).toBe(404);
      const held = await server.api('POST', `/api/v1/admin/orders/${order.id}/status`, {
        token,
        json: { status: 'on_hold' },
      });
      expect(held.status).toBe(200);
      const onHold = await post({
        carrier: 'DHL',
        trackingNumber: 'X',
        items: [{ orderItemId: item.id, quantity: 1 }],
      });
      expect(onHold.status).toBe(409);
      expect((await fetchOrder(server, token, order.id)).shipments).toEqual([]);
    });

    it('replays the first answer for the same Idempotency-Key (one shipment, stock committed once)', async () => {
      const { token } = await server.login('packer');
      const order = await claimOrder(
        server,
        ['confirmed', 'processing'],
        (candidate) => shippable(candidate) && (candidate.items[0]?.quantity ?? 0) >= 2,
      );
      const item = order.items[0];
      if (!item) throw new Error('order without items');
      const before = await productOf(server, item.productId);
      const request = {
        token,
        headers: { 'idempotency-key': `ship-${order.id}` },
        json: { carrier: 'DPD', trackingNumber: 'IDEM', items: [{ orderItemId: item.id, quantity: 1 }] },
      };
      const first = await server.api('POST', `/api/v1/admin/orders/${order.id}/shipments`, request);
      const second = await server.api('POST', `/api/v1/admin/orders/${order.id}/shipments`, request);
      expect(second.status).toBe(201);
      expect(second.body).toEqual(first.body);
      expect((await fetchOrder(server, token, order.id)).shipments).toHaveLength(1);
      expect((await productOf(server, item.productId)).stock.onHand).toBe(before.stock.onHand - 1);
    });
  });

  describe('PATCH /api/v1/admin/orders/{id}', () => {
    const address = {
      name: 'Léa Dubois',
      line1: '1 quai Saint-Antoine',
      postalCode: '69002',
      city: 'Lyon',
      country: 'FR',
    };

    it('edits notes, tags and the address of an unshipped order', async () => {
      const { token } = await server.login('packer');
      const order = await claimOrder(server, ['confirmed', 'processing'], shippable);
      const response = await server.api('PATCH', `/api/v1/admin/orders/${order.id}`, {
        token,
        json: { notes: 'Leave at the door', tags: ['gift'], shippingAddress: address },
      });
      expect(response.status).toBe(200);
      expect(orderSchema.parse(response.body)).toMatchObject({
        notes: 'Leave at the door',
        tags: ['gift'],
        shippingAddress: address,
      });
    });

    it('answers 409 for the address of a shipped order, 400 for an empty patch', async () => {
      const { token } = await server.login('packer');
      const order = await claimOrder(server, ['shipped', 'partially_shipped']);
      const conflict = await server.api('PATCH', `/api/v1/admin/orders/${order.id}`, {
        token,
        json: { shippingAddress: address },
      });
      expect(conflict.status).toBe(409);
      expect(errorBodyOf(conflict)).toMatchObject({
        code: 'CONFLICT',
        details: { fields: ['shippingAddress'] },
      });
      const empty = await server.api('PATCH', `/api/v1/admin/orders/${order.id}`, { token, json: {} });
      expect(empty.status).toBe(400);
      const notes = await server.api('PATCH', `/api/v1/admin/orders/${order.id}`, {
        token,
        json: { notes: 'Customer called' },
      });
      expect(notes.status).toBe(200);
    });
  });
});
