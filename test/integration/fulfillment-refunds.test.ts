import { describe, expect, it } from 'vitest';
import type { Order } from '../../shared/schemas/order';
import type { Product } from '../../shared/schemas/product';
import { orderSchema } from '../../shared/schemas/order';
import { getDoc } from '../../server/db/doc-store';
import { TEST_DECLINE_MARKER } from '../../server/payments/test-payment-provider';
import { claimOrder, fetchOrder } from '../factories/orders';
import { describeBackends, errorBodyOf, type TestServer } from '../factories/test-server';

const paidAndShipped = (order: Order): boolean =>
  order.paymentStatus === 'paid' &&
  order.items.some((item) => item.productId !== null && item.quantityShipped > 0);

async function onHand(server: TestServer, id: string | null): Promise<number> {
  const stored = id === null ? undefined : await getDoc<Product>(server.app.db, 'products', id);
  if (!stored) throw new Error('product missing');
  return stored.data.stock.onHand;
}

async function refundRows(server: TestServer, orderId: string): Promise<number> {
  const rows = await server.app.db.query<{ count: string | number }>(
    'SELECT count(*) AS count FROM payment_refunds WHERE order_id = $1',
    [orderId],
  );
  return Number(rows[0]?.count ?? 0);
}

describeBackends('fulfillment: refunds', (server) => {
  describe('POST /api/v1/admin/orders/{id}/refunds', () => {
    it('refunds one shipped item with restock: 201, partially refunded, provider reference, stock back', async () => {
      const { token } = await server.login('refunds');
      const order = await claimOrder(server, ['shipped', 'delivered'], paidAndShipped);
      const item = order.items.find(
        (candidate) => candidate.productId !== null && candidate.quantityShipped > 0,
      );
      if (!item) throw new Error('no shipped item');
      const before = await onHand(server, item.productId);
      const response = await server.api('POST', `/api/v1/admin/orders/${order.id}/refunds`, {
        token,
        json: { items: [{ orderItemId: item.id, quantity: 1 }], restock: true, reason: 'Damaged in transit' },
      });
      expect(response.status).toBe(201);
      const refunded = orderSchema.parse(response.body);
      expect(refunded.paymentStatus).toBe('partially_refunded');
      expect(refunded.items.find((candidate) => candidate.id === item.id)?.quantityRefunded).toBe(1);
      const refund = refunded.refunds?.[0];
      expect(refund).toMatchObject({ amount: Math.round(item.lineGross / item.quantity), restock: true });
      expect(refund?.providerReference).toMatch(/^re_test_/);
      expect(refunded.events.at(-1)).toMatchObject({
        type: 'refunded',
        data: { providerReference: refund?.providerReference, creditNoteRequired: true },
      });
      expect(await onHand(server, item.productId)).toBe(before + 1);
      expect(await refundRows(server, order.id)).toBe(1);
    });

    it('refunds the rest by amount: refunded; one cent more is 422', async () => {
      const { token } = await server.login('refunds');
      const order = await claimOrder(server, ['shipped', 'delivered'], paidAndShipped);
      const part = await server.api('POST', `/api/v1/admin/orders/${order.id}/refunds`, {
        token,
        json: { amount: 100, reason: 'Goodwill' },
      });
      expect(orderSchema.parse(part.body).paymentStatus).toBe('partially_refunded');
      const over = await server.api('POST', `/api/v1/admin/orders/${order.id}/refunds`, {
        token,
        json: { amount: order.totals.gross - 99, reason: 'Too much' },
      });
      expect(over.status).toBe(422);
      expect(errorBodyOf(over)).toMatchObject({
        code: 'BUSINESS_RULE',
        details: { rule: 'over_refund', refundable: order.totals.gross - 100 },
      });
      const rest = await server.api('POST', `/api/v1/admin/orders/${order.id}/refunds`, {
        token,
        json: { amount: order.totals.gross - 100, reason: 'Returned' },
      });
      expect(rest.status).toBe(201);
      expect(orderSchema.parse(rest.body).paymentStatus).toBe('refunded');
    });

    it('a declined refund is 402 and writes nothing', async () => {
      const { token } = await server.login('refunds');
      const order = await claimOrder(server, ['shipped', 'delivered'], paidAndShipped);
      const item = order.items.find(
        (candidate) => candidate.productId !== null && candidate.quantityShipped > 0,
      );
      if (!item) throw new Error('no shipped item');
      const before = await onHand(server, item.productId);
      const response = await server.api('POST', `/api/v1/admin/orders/${order.id}/refunds`, {
        token,
        json: {
          items: [{ orderItemId: item.id, quantity: 1 }],
          restock: true,
          reason: `Card closed ${TEST_DECLINE_MARKER}`,
        },
      });
      expect(response.status).toBe(402);
      expect(errorBodyOf(response).code).toBe('PAYMENT_DECLINED');
      const after = await fetchOrder(server, token, order.id);
      expect(after.version).toBe(order.version);
      expect(after.paymentStatus).toBe('paid');
      expect(await onHand(server, item.productId)).toBe(before);
      expect(await refundRows(server, order.id)).toBe(0);
    });

    it('the same Idempotency-Key refunds once; without orders.refund it is 403; nothing paid is 422', async () => {
      const { token } = await server.login('refunds');
      const order = await claimOrder(server, ['shipped', 'delivered'], paidAndShipped);
      const request = {
        token,
        headers: { 'idempotency-key': `refund-${order.id}` },
        json: { amount: 50, reason: 'Late delivery' },
      };
      const first = await server.api('POST', `/api/v1/admin/orders/${order.id}/refunds`, request);
      const second = await server.api('POST', `/api/v1/admin/orders/${order.id}/refunds`, request);
      expect(second.body).toEqual(first.body);
      expect((await fetchOrder(server, token, order.id)).refunds).toHaveLength(1);
      expect(await refundRows(server, order.id)).toBe(1);
      const packer = await server.login('packer');
      const forbidden = await server.api('POST', `/api/v1/admin/orders/${order.id}/refunds`, {
        token: packer.token,
        json: { amount: 50, reason: 'x' },
      });
      expect(forbidden.status).toBe(403);
      expect(errorBodyOf(forbidden)).toMatchObject({
        code: 'FORBIDDEN',
        details: { permission: 'orders.refund' },
      });
      const unpaid = await claimOrder(server, 'pending');
      const nothing = await server.api('POST', `/api/v1/admin/orders/${unpaid.id}/refunds`, {
        token,
        json: { amount: 50, reason: 'x' },
      });
      expect(errorBodyOf(nothing)).toMatchObject({ code: 'BUSINESS_RULE', details: { rule: 'not_paid' } });
      const empty = await server.api('POST', `/api/v1/admin/orders/${order.id}/refunds`, {
        token,
        json: { reason: 'x' },
      });
      expect(empty.status).toBe(400);
    });
  });
});
