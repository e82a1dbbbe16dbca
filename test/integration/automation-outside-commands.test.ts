import { expect, it } from 'vitest';
import type { Order } from '../../shared/schemas/order';
import { describeBackends } from '../factories/test-server';
import { feedOrder, freshGtin13, importFeed } from '../factories/marketplace-feeds';
import { checkoutBody, productWithStock } from '../factories/storefront';

describeBackends('automation and invoicing for orders created outside commands', (server) => {
  it('runs order_created rules on imported orders and issue_invoice rules on paid checkouts, once each', async () => {
    const { token } = await server.login('admin');
    const rule = (name: string, trigger: string, actions: unknown[]) =>
      server.api('POST', '/api/v1/admin/automation-rules', {
        token,
        json: {
          name,
          trigger,
          conditions: { match: 'all', items: [] },
          actions,
          enabled: true,
          priority: 10,
        },
      });
    expect(
      (await rule('Tag marketplace orders', 'order_created', [{ type: 'add_tag', tag: 'auto-new' }])).status,
    ).toBe(201);
    expect((await rule('Invoice when paid', 'order_paid', [{ type: 'issue_invoice' }])).status).toBe(201);

    const imported = await importFeed(server, token, 'amazon', [
      feedOrder([{ gtin: freshGtin13(), title: 'Unknown thing', quantity: 1, unitPrice: 1000 }]),
    ]);
    const importedId = imported.results[0]?.orderId ?? '';
    const importedOrder = (await server.api('GET', `/api/v1/admin/orders/${importedId}`, { token }))
      .body as Order;
    expect(importedOrder.tags).toContain('auto-new');

    const product = await productWithStock(server, 5);
    const checkout = await server.api('POST', '/api/v1/store/checkout', {
      json: await checkoutBody(server, product),
      headers: { 'idempotency-key': `auto-${Date.now()}` },
    });
    expect(checkout.status).toBe(201);
    const orderId = (checkout.body as { order: { id: string } }).order.id;
    const invoices = await server.api('GET', `/api/v1/admin/orders/${orderId}/invoices`, { token });
    const items = (invoices.body as { items: { kind: string }[] }).items;
    expect(items.filter((invoice) => invoice.kind === 'invoice')).toHaveLength(1);
  });
});
