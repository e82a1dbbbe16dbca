import { z } from 'zod';
import {
  bulkResolveExceptionsInputSchema,
  exceptionListQuerySchema,
  ignoreExceptionInputSchema,
  marketplaceNameSchema,
  orderItemExceptionSchema,
  resolveExceptionInputSchema,
} from '../../../shared/schemas/order-exception';
import { pageQuerySchema } from '../../../shared/schemas/order-filters';
import { DomainError } from '../../../shared/errors';
import { normalizeGtinOrThrow } from '../../../shared/domain/exceptions/gtin';
import { registerAggregateHandler } from '../../services/apply-command';
import { applyExceptionCommand } from '../../services/exception-command-handler';
import {
  findExceptionIdByGtin,
  getException,
  listExceptions,
  loadOpenExceptionsByGtin,
} from '../../services/exceptions-query';
import { runStaffCommand } from '../../services/run-staff-command';
import { staffRoute } from '../define-route';

registerAggregateHandler('exception', applyExceptionCommand);

const idParams = z.object({ id: z.uuid() });
const countsSchema = z.object({
  open: z.number().int(),
  resolved: z.number().int(),
  ignored: z.number().int(),
});

export const orderExceptionRoutes = [
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/order-exceptions',
    summary: 'List order-item exceptions (status, GTIN, marketplace; cursor paging) with counts by status',
    tag: 'order-exceptions',
    permission: 'orders.view',
    query: exceptionListQuerySchema
      .extend({ marketplace: marketplaceNameSchema.optional() })
      .extend(pageQuerySchema.shape),
    response: z.object({
      items: z.array(orderItemExceptionSchema),
      nextCursor: z.string().nullable(),
      counts: countsSchema,
    }),
    handler: ({ app, user, query }) => {
      const { limit, cursor, ...filters } = query;
      return listExceptions(app.db, user.storeId, filters, { limit, cursor });
    },
  }),
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/order-exceptions/:id',
    summary: 'Get one order-item exception',
    tag: 'order-exceptions',
    permission: 'orders.view',
    params: idParams,
    response: orderItemExceptionSchema,
    handler: ({ app, user, params }) => getException(app.db, user.storeId, params.id),
  }),
  staffRoute({
    method: 'POST',
    path: '/api/v1/admin/order-exceptions/:id/resolve',
    summary: 'Match the item to a catalog product (optionally remember the GTIN mapping for the marketplace)',
    tag: 'order-exceptions',
    permission: 'orders.edit',
    params: idParams,
    body: resolveExceptionInputSchema,
    response: orderItemExceptionSchema,
    handler: async ({ app, user, params, body }) => {
      await runStaffCommand(app, user, { type: 'exception.resolve', targetId: params.id, payload: body });
      return getException(app.db, user.storeId, params.id);
    },
  }),
  staffRoute({
    method: 'POST',
    path: '/api/v1/admin/order-exceptions/:id/ignore',
    summary: 'Ignore the item (it leaves fulfilment) with a reason',
    tag: 'order-exceptions',
    permission: 'orders.edit',
    params: idParams,
    body: ignoreExceptionInputSchema,
    response: orderItemExceptionSchema,
    handler: async ({ app, user, params, body }) => {
      await runStaffCommand(app, user, { type: 'exception.ignore', targetId: params.id, payload: body });
      return getException(app.db, user.storeId, params.id);
    },
  }),
  staffRoute({
    method: 'POST',
    path: '/api/v1/admin/order-exceptions/bulk-resolve',
    summary: 'Resolve every open exception with a GTIN to one catalog product',
    tag: 'order-exceptions',
    permission: 'orders.edit',
    body: bulkResolveExceptionsInputSchema,
    response: z.object({
      resolved: z.array(orderItemExceptionSchema),
      stillOpen: z.array(orderItemExceptionSchema),
    }),
    handler: async ({ app, user, body }) => {
      const gtin14 = normalizeGtinOrThrow(body.gtin, 'gtin');
      const targetId = await findExceptionIdByGtin(app.db, user.storeId, gtin14);
      if (targetId === undefined)
        throw new DomainError('NOT_FOUND', `No exceptions with GTIN ${body.gtin}`, {
          details: { gtin: gtin14 },
        });
      const before = await loadOpenExceptionsByGtin(app.db, user.storeId, gtin14);
      await runStaffCommand(app, user, { type: 'exception.bulk_resolve', targetId, payload: body });
      const after = await Promise.all(
        before.map((exception) => getException(app.db, user.storeId, exception.id)),
      );
      return {
        resolved: after.filter((e) => e.status === 'resolved'),
        stillOpen: after.filter((e) => e.status === 'open'),
      };
    },
  }),
];
