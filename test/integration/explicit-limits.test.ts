import { expect, it } from 'vitest';
import { z } from 'zod';
import { isDomainError } from '../../shared/errors';
import { exportOrders } from '../../server/services/export-orders';
import { describeBackends } from '../factories/test-server';
import { feedOrder, freshGtin13, importFeed } from '../factories/marketplace-feeds';

const runPageSchema = z.object({
  items: z.array(z.object({ key: z.string(), orderId: z.string(), errors: z.array(z.string()) })),
  nextCursor: z.string().nullable(),
});

describeBackends('failures visible, limits explicit: rule runs, issue-invoice action, export', (server) => {
  it('records a failed "issue invoice" action on the rule run and pages runs with a real cursor', async () => {
    const { token, user } = await server.login('admin');
    const created = await server.api('POST', '/api/v1/admin/automation-rules', {
      token,
      json: {
        name: 'Invoice and tag new marketplace orders',
        trigger: 'order_created',
        conditions: { match: 'all', items: [] },
        actions: [{ type: 'issue_invoice' }, { type: 'add_tag', tag: 'auto-inv' }],
        enabled: true,
        priority: 10,
      },
    });
    expect(created.status).toBe(201);
    // an unknown GTIN opens an exception: the order cannot be invoiced yet
    const imported = await importFeed(server, token, 'amazon', [
      feedOrder([{ gtin: freshGtin13(), title: 'Unknown thing', quantity: 1, unitPrice: 1000 }]),
      feedOrder([{ gtin: freshGtin13(), title: 'Unknown too', quantity: 1, unitPrice: 1000 }]),
      feedOrder([{ gtin: freshGtin13(), title: 'Unknown three', quantity: 1, unitPrice: 1000 }]),
    ]);
    const orderId = imported.results[0]?.orderId ?? '';
    const runs = runPageSchema.parse(
      (await server.api('GET', `/api/v1/admin/automation-rules/runs?orderId=${orderId}`, { token })).body,
    );
    expect(runs.items).toHaveLength(1);
    expect(runs.items[0]?.errors.join(' ')).toMatch(/^issue_invoice: .+/);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = runPageSchema.parse(
        (await server.api('GET', `/api/v1/admin/automation-rules/runs?limit=1${query}`, { token })).body,
      );
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((run) => run.key));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect(user.isAdmin).toBe(true);
  });

  it('refuses an export above its ceiling with a 422 naming the limit instead of cutting it', async () => {
    const { user } = await server.login('admin');
    const options = { format: 'csv' as const, dialect: 'rfc4180' as const, lines: false };
    const file = await exportOrders(server.app.db, user.storeId, {}, options, new Date(), 1_000_000);
    expect(file.kind).toBe('file');
    const error: unknown = await exportOrders(server.app.db, user.storeId, {}, options, new Date(), 10).catch(
      (thrown: unknown) => thrown,
    );
    expect(isDomainError(error) && error.code).toBe('BUSINESS_RULE');
    expect(isDomainError(error) && error.details).toMatchObject({ limit: 10 });
  });
});
