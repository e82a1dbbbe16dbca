import { z } from 'zod';
import { orderFiltersSchema } from '../../../shared/schemas/order-filters';
import {
  bulkActionNames,
  bulkRequestSchema,
  parseBulkAction,
} from '../../../shared/domain/order/bulk-actions';
import { bulkIssueInvoices } from '../../services/invoicing/bulk-issue-invoices';
import { exportOptionsSchema } from '../../../shared/export/order-export';
import { runBulkAction } from '../../services/bulk-orders';
import { exportOrders } from '../../services/export-orders';
import { staffRoute } from '../define-route';

export const adminBulkExportRoutes = [
  staffRoute({
    method: 'POST',
    path: '/api/v1/admin/orders/bulk',
    summary: 'Run one action over many orders (per-order failures listed; the action decides the permission)',
    tag: 'orders',
    permission: 'orders.view',
    // `issue_invoices` (no params) issues from the server series, so it is not an order command.
    body: bulkRequestSchema.extend({
      action: z.enum([...bulkActionNames, 'issue_invoices']),
      params: z.unknown().optional(),
    }),
    response: z.object({
      succeeded: z.array(z.uuid()),
      failed: z.array(z.object({ id: z.string(), code: z.string(), message: z.string() })),
    }),
    handler: ({ app, user, body }) =>
      body.action === 'issue_invoices'
        ? bulkIssueInvoices(app, user, body.orderIds)
        : runBulkAction(app, user, parseBulkAction(body.action, body.params), body.orderIds),
  }),
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/orders/export',
    summary:
      'Export the filtered orders (or their lines) as CSV (dialect rfc4180 or excel-de) or XLSX with chosen columns',
    tag: 'orders',
    permission: 'orders.view',
    query: orderFiltersSchema.extend(exportOptionsSchema.shape),
    handler: ({ app, user, query }) => {
      const { format, dialect, lines, columns, ...filters } = query;
      return exportOrders(app.db, user.storeId, filters, { format, dialect, lines, columns }, app.now());
    },
  }),
];
