import { z } from 'zod';
import { customerOrderStatsSchema } from '../../../shared/schemas/customer-order-stats';
import { DomainError } from '../../../shared/errors';
import type { CustomerOrderStats } from '../../../shared/schemas/customer-order-stats';
import { getDoc } from '../../db/doc-store';
import { registerCommandMiddleware } from '../../services/apply-command';
import { customerStatsMiddleware } from '../../services/customer-stats';
import { staffRoute } from '../define-route';

registerCommandMiddleware(customerStatsMiddleware);

export const customerStatsRoutes = [
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/customers/:id/stats',
    summary: "A customer's order statistics (count, spent, average, first/last order, cancelled, refunded)",
    tag: 'customers',
    permission: 'orders.view',
    params: z.object({ id: z.uuid() }),
    response: customerOrderStatsSchema,
    handler: async ({ app, user, params }) => {
      const stored = await getDoc<CustomerOrderStats>(app.db, 'customer_stats', params.id, {
        storeId: user.storeId,
      });
      if (!stored || stored.deleted)
        throw new DomainError('NOT_FOUND', `No statistics for customer ${params.id}`);
      return { ...stored.data, version: stored.version };
    },
  }),
];
