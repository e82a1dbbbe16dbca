import { z } from 'zod';
import { orderSchema, orderStatusSchema } from '../../../shared/schemas/order';
import { orderFiltersSchema, pageQuerySchema } from '../../../shared/schemas/order-filters';
import { getOrder } from '../../services/orders-query';
import { getOrderJson, listOrdersJson, ordersWatermark } from '../../services/orders-json-query';
import { cachedJsonPage, jsonPage } from '../../services/json-page-cache';
import { runStaffCommand } from '../../services/run-staff-command';
import { jsonText, staffRoute } from '../define-route';
import { createManualOrder, manualOrderInputSchema } from '../../services/create-manual-order';

const idParams = z.object({ id: z.uuid() });

export const adminOrderRoutes = [
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/orders',
    summary: 'List orders (filters, cursor paging)',
    tag: 'orders',
    permission: 'orders.view',
    query: orderFiltersSchema.extend(pageQuerySchema.shape),
    response: z.object({ items: z.array(orderSchema), nextCursor: z.string().nullable() }),
    handler: async ({ app, user, query }) => {
      const { limit, cursor, ...filters } = query;
      const page = await cachedJsonPage(
        app.db,
        `orders ${user.storeId} ${JSON.stringify(query)}`,
        () => ordersWatermark(app.db, user.storeId),
        () => listOrdersJson(app.db, user.storeId, filters, { limit, cursor }),
      );
      return jsonText(page);
    },
  }),
  staffRoute({
    method: 'POST',
    path: '/api/v1/admin/orders',
    summary: 'Create a manual order (checkout shape without payment): catalog prices, VAT, stock reserved',
    tag: 'orders',
    permission: 'orders.edit',
    body: manualOrderInputSchema,
    response: orderSchema,
    successStatus: 201,
    idempotent: true,
    handler: async ({ app, user, body }) => {
      const order = await createManualOrder(app, user, body);
      return getOrder(app.db, user.storeId, order.id);
    },
  }),
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/orders/:id',
    summary: 'Get one order with items, shipments, totals and events',
    tag: 'orders',
    permission: 'orders.view',
    params: idParams,
    response: orderSchema,
    handler: async ({ app, user, params }) =>
      jsonText(jsonPage(await getOrderJson(app.db, user.storeId, params.id))),
  }),
  staffRoute({
    method: 'POST',
    path: '/api/v1/admin/orders/:id/status',
    summary: 'Change the status (state machine enforced; 409 lists allowed transitions)',
    tag: 'orders',
    permission: 'orders.edit',
    params: idParams,
    body: z.object({ status: orderStatusSchema }),
    response: orderSchema,
    handler: async ({ app, user, params, body }) => {
      await runStaffCommand(app, user, { type: 'order.set_status', targetId: params.id, payload: body });
      return getOrder(app.db, user.storeId, params.id);
    },
  }),
  staffRoute({
    method: 'POST',
    path: '/api/v1/admin/orders/:id/cancel',
    summary: 'Cancel an order that has not shipped; releases reserved stock',
    tag: 'orders',
    permission: 'orders.cancel',
    params: idParams,
    body: z.object({ reason: z.string().trim().min(1).max(500) }),
    response: orderSchema,
    handler: async ({ app, user, params, body }) => {
      await runStaffCommand(app, user, { type: 'order.cancel', targetId: params.id, payload: body });
      return getOrder(app.db, user.storeId, params.id);
    },
  }),
];
