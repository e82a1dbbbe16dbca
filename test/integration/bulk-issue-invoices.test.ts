import { expect, it } from 'vitest';
import { describeBackends } from '../factories/test-server';
import { claimInvoiceableOrder, orderInvoices } from '../factories/invoices';

describeBackends('POST /api/v1/admin/orders/bulk issue_invoices', (server) => {
  it('issues one invoice per order from the server series and lists an already invoiced order as failed', async () => {
    const { token } = await server.login('manager');
    const [first, second] = [await claimInvoiceableOrder(server), await claimInvoiceableOrder(server)];
    const run = (orderIds: string[]) =>
      server.api('POST', '/api/v1/admin/orders/bulk', {
        token,
        json: { action: 'issue_invoices', orderIds, params: {} },
      });
    const once = await run([first.id]);
    expect(once).toMatchObject({ status: 200, body: { succeeded: [first.id], failed: [] } });
    const twice = await run([first.id, second.id]);
    expect(twice.status).toBe(200);
    expect(twice.body).toMatchObject({
      succeeded: [second.id],
      failed: [{ id: first.id, code: 'CONFLICT' }],
    });
    for (const order of [first, second]) {
      const invoices = await orderInvoices(server, token, order.id);
      expect(invoices).toHaveLength(1);
      expect(invoices[0]?.number).toMatch(/-SRV-\d{4}-\d+$/);
    }
  });

  it('refuses a viewer (403) and writes nothing', async () => {
    const viewer = await server.login('viewer');
    const order = await claimInvoiceableOrder(server);
    const response = await server.api('POST', '/api/v1/admin/orders/bulk', {
      token: viewer.token,
      json: { action: 'issue_invoices', orderIds: [order.id] },
    });
    expect(response.status).toBe(403);
    const { token } = await server.login('manager');
    expect(await orderInvoices(server, token, order.id)).toHaveLength(0);
  });
});
