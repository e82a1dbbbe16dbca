import { expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import type { Command } from '../../shared/schemas/command';
import type { Order } from '../../shared/schemas/order';
import { withWriteTransaction } from '../../server/db/write-scope';
import { payRefundsAhead } from '../../server/payments/refund-payment';
import { usePaymentProvider } from '../../server/payments/payment-providers';
import { createTestPaymentProvider } from '../../server/payments/test-payment-provider';
import type { PaymentProvider } from '../../server/payments/payment-provider';
import { describeBackends } from '../factories/test-server';
import { claimOrder, fetchOrder } from '../factories/orders';

const paid = (order: Order): boolean => order.paymentStatus === 'paid';

describeBackends('refunds: the provider is asked outside the write lock', (server) => {
  it('a slow refund at the provider does not hold up other writes of the store', async () => {
    const { token } = await server.login('refunds');
    const order = await claimOrder(server, ['shipped', 'delivered'], paid);
    const real = createTestPaymentProvider();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: PaymentProvider = {
      name: real.name,
      refund: async (request) => {
        await gate;
        return real.refund(request);
      },
    };
    const previous = usePaymentProvider(slow);
    try {
      const pending = server.api('POST', `/api/v1/admin/orders/${order.id}/refunds`, {
        token,
        json: { amount: 10, reason: 'Goodwill' },
      });
      await new Promise((resolve) => setTimeout(resolve, 300)); // the refund now waits on the provider
      const started = Date.now();
      await withWriteTransaction(server.app.db, server.app.feed, order.storeId, async ({ tx }) => {
        await tx.query('SELECT 1');
      });
      expect(Date.now() - started).toBeLessThan(1000);
      release();
      expect((await pending).status).toBe(201);
    } finally {
      usePaymentProvider(previous);
    }
  });

  it('dies after the provider paid: the re-sent command is applied and the provider is not paid twice', async () => {
    const { token, user } = await server.login('refunds');
    const order = await claimOrder(server, ['shipped', 'delivered'], paid);
    const provider = createTestPaymentProvider();
    const previous = usePaymentProvider(provider);
    try {
      const command: Command = {
        id: newId(),
        type: 'order.refund',
        targetId: order.id,
        expectedVersion: order.version,
        payload: { refundId: newId(), amount: 25, restock: false, reason: 'Late' },
        userId: user.id,
        deviceId: 'crash-test',
        createdAt: new Date().toISOString(),
      };
      await payRefundsAhead(server.app.db, user, [command]); // …and the process dies before the transaction
      expect(provider.calls()).toBe(1);
      const rows = await server.app.db.query<{ status: string }>(
        'SELECT status FROM payment_refunds WHERE order_id = $1',
        [order.id],
      );
      expect(rows.map((row) => row.status)).toEqual(['succeeded']);
      const {
        outcomes: [outcome],
      } = await server.trpc(token).sync.push.mutate({ commands: [command] });
      expect(outcome?.status).toBe('applied');
      expect(provider.calls()).toBe(1);
      const after = await fetchOrder(server, token, order.id);
      expect(after.refunds?.at(-1)).toMatchObject({ amount: 25 });
      expect(after.refunds?.at(-1)?.providerReference).toMatch(/^re_test_/);
    } finally {
      usePaymentProvider(previous);
    }
  });
});
