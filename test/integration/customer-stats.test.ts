import { describe, expect, it } from 'vitest';
import type { Order } from '../../shared/schemas/order';
import { customerOrderStatsSchema, type CustomerOrderStats } from '../../shared/schemas/customer-order-stats';
import { claimOrder, listAllOrders } from '../factories/orders';
import { describeBackends, type TestServer } from '../factories/test-server';

async function statsOf(server: TestServer, token: string, customerId: string): Promise<CustomerOrderStats> {
  const response = await server.api('GET', `/api/v1/admin/customers/${customerId}/stats`, { token });
  expect(response.status).toBe(200);
  return customerOrderStatsSchema.parse(response.body);
}

const withCustomer = (order: Order): boolean => order.customerId !== null;

describeBackends('customer order stats', (server) => {
  describe('customer_stats documents', () => {
    it('are seeded for every customer and agree with their orders', async () => {
      const { token } = await server.login('admin');
      const orders = await listAllOrders(server, token, {});
      const order = orders.find(withCustomer);
      if (!order?.customerId) throw new Error('demo data lacks customer orders');
      const mine = orders.filter((candidate) => candidate.customerId === order.customerId);
      const live = mine.filter((candidate) => candidate.status !== 'cancelled');
      const stats = await statsOf(server, token, order.customerId);
      expect(stats).toMatchObject({
        customerId: order.customerId,
        orderCount: mine.length,
        cancelledCount: mine.length - live.length,
        totalSpentGross: live.reduce((sum, candidate) => sum + candidate.totals.gross, 0),
        firstOrderAt: mine.map((candidate) => candidate.createdAt).sort()[0],
      });
    });

    it('replicate to devices through sync.pull', async () => {
      const { token } = await server.login('packer');
      const page = await server
        .trpc(token)
        .sync.pull.query({ collection: 'customer_stats', checkpoint: null, limit: 5 });
      expect(page.documents.length).toBeGreaterThan(0);
      expect(customerOrderStatsSchema.safeParse(page.documents[0]).success).toBe(true);
    });

    it('follow a cancellation in the same write: one more cancelled, less spent, new version', async () => {
      const { token } = await server.login('canceller');
      const order = await claimOrder(server, ['processing', 'confirmed'], withCustomer);
      const customerId = order.customerId ?? '';
      const before = await statsOf(server, token, customerId);
      const response = await server.api('POST', `/api/v1/admin/orders/${order.id}/cancel`, {
        token,
        json: { reason: 'Customer changed mind' },
      });
      expect(response.status).toBe(200);
      const after = await statsOf(server, token, customerId);
      expect(after).toMatchObject({
        orderCount: before.orderCount,
        cancelledCount: before.cancelledCount + 1,
        totalSpentGross: before.totalSpentGross - order.totals.gross,
        totalSpentNet: before.totalSpentNet - order.totals.net,
      });
      expect(after.version).toBeGreaterThan(before.version);
    });

    it('follow a refund by amount', async () => {
      const { token } = await server.login('refunds');
      const order = await claimOrder(
        server,
        ['shipped', 'delivered'],
        (candidate) => withCustomer(candidate) && candidate.paymentStatus === 'paid',
      );
      const customerId = order.customerId ?? '';
      const before = await statsOf(server, token, customerId);
      const response = await server.api('POST', `/api/v1/admin/orders/${order.id}/refunds`, {
        token,
        json: { amount: 250, reason: 'Goodwill' },
      });
      expect(response.status).toBe(201);
      const after = await statsOf(server, token, customerId);
      expect(after.refundedTotal).toBe(before.refundedTotal + 250);
      expect(after.totalSpentGross).toBe(before.totalSpentGross);
    });

    it('is 404 for an unknown customer', async () => {
      const { token } = await server.login('admin');
      const response = await server.api(
        'GET',
        '/api/v1/admin/customers/0190a000-0000-7000-8000-0000000000ee/stats',
        { token },
      );
      expect(response.status).toBe(404);
    });
  });
});
