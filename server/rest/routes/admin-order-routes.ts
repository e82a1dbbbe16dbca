import { z } from 'zod';
import { orderSchema, orderStatusSchema } from '../../../shared/schemas/order';
import { orderFiltersSchema, pageQuerySchema } from '../../../shared/schemas/order-filters';
import { getOrder } from '../../services/orders-query';
import { getOrderJson, listOrdersJson, ordersWatermark } from '../../services/orders-json-query';
import { cachedJsonPage, jsonPage, type JsonPage } from '../../services/json-page-cache';
import { readCachesOf } from '../../services/read-caches';
import { runStaffCommand } from '../../services/run-staff-command';
import { jsonText, staffRoute } from '../define-route';
import { createManualOrder, manualOrderInputSchema } from '../../services/create-manual-order';
import { editedItemSchema } from '../../../shared/domain/order/manual/manual-order-schemas';

const idParams = z.object({ id: z.uuid() });
/** The pricing context of a manual-order command is the server's own; REST callers send none. */
const serverDecides = { seller: null, products: [], shippingMethod: null, number: null, invoiced: false };

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
        () =>
          readCachesOf(app.feed).ordersWatermark(user.storeId, () => ordersWatermark(app.db, user.storeId)),
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
    handler: ({ app, user, body }) => createManualOrder(app, user, body),
  }),
  staffRoute({
    method: 'PUT',
    path: '/api/v1/admin/orders/:id/items',
    summary: 'Replace the items of an unshipped, uninvoiced order (stock and totals follow; 409 once locked)',
    tag: 'orders',
    permission: 'orders.edit',
    params: idParams,
    body: z.object({ items: z.array(editedItemSchema).min(1).max(100) }),
    response: orderSchema,
    handler: async ({ app, user, params, body }) => {
      await runStaffCommand(app, user, {
        type: 'order.edit_items',
        targetId: params.id,
        payload: { ...body, context: serverDecides },
      });
      return getOrder(app.db, user.storeId, params.id);
    },
  }),
  staffRoute({
    method: 'POST',
    path: '/api/v1/admin/orders/:id/confirm',
    summary: 'Confirm a draft: it gets its order number and reserves its stock',
    tag: 'orders',
    permission: 'orders.edit',
    params: idParams,
    body: z.object({}),
    response: orderSchema,
    handler: async ({ app, user, params }) => {
      await runStaffCommand(app, user, {
        type: 'order.confirm_draft',
        targetId: params.id,
        payload: { context: serverDecides },
      });
      return getOrder(app.db, user.storeId, params.id);
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
    handler: ({ app, user, params }) => {
      const caches = readCachesOf(app.feed);
      const cached = caches.cachedOrderDetail<JsonPage>(user.storeId, params.id);
      if (cached) return jsonText(cached); // warm: no promise, no round trip
      return caches
        .orderDetail(user.storeId, params.id, async () =>
          jsonPage(await getOrderJson(app.db, user.storeId, params.id)),
        )
        .then(jsonText);
    },
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
