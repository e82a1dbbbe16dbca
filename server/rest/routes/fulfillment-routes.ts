import { z } from 'zod';
import { uuidSchema } from '../../../shared/schemas/common';
import { orderSchema } from '../../../shared/schemas/order';
import { newId } from '../../../shared/ids';
import { createShipmentPayloadSchema } from '../../../shared/domain/order/commands/create-shipment';
import {
  noRefundSubject,
  refundFieldsSchema,
  refundHasSubject,
} from '../../../shared/domain/order/commands/refund';
import { updateOrderPayloadSchema } from '../../../shared/domain/order/commands/update-order';
import { getOrder } from '../../services/orders-query';
import { runStaffCommand } from '../../services/run-staff-command';
import { staffRoute } from '../define-route';

const idParams = z.object({ id: z.uuid() });

/** REST bodies are the command payloads; ids the device would create are optional here. */
const shipmentBody = createShipmentPayloadSchema
  .omit({ shipmentId: true, trackingUrl: true })
  .extend({ shipmentId: uuidSchema.optional() });
const refundBody = refundFieldsSchema
  .extend({ refundId: uuidSchema.optional() })
  .refine(refundHasSubject, noRefundSubject);

export const fulfillmentRoutes = [
  staffRoute({
    method: 'POST',
    path: '/api/v1/admin/orders/:id/shipments',
    summary: 'Ship some or all remaining items (partial allowed); commits stock',
    tag: 'orders',
    permission: 'orders.edit',
    params: idParams,
    body: shipmentBody,
    response: orderSchema,
    successStatus: 201,
    idempotent: true,
    handler: async ({ app, user, params, body }) => {
      await runStaffCommand(app, user, {
        type: 'order.create_shipment',
        targetId: params.id,
        payload: { ...body, shipmentId: body.shipmentId ?? newId() },
      });
      return getOrder(app.db, user.storeId, params.id);
    },
  }),
  staffRoute({
    method: 'PATCH',
    path: '/api/v1/admin/orders/:id/shipments/:shipmentId',
    summary: 'Record a shipment status (in_transit, delivered, returned)',
    tag: 'orders',
    permission: 'orders.edit',
    params: z.object({ id: z.uuid(), shipmentId: z.uuid() }),
    body: z.object({ status: z.enum(['in_transit', 'delivered', 'returned']) }),
    response: orderSchema,
    handler: async ({ app, user, params, body }) => {
      await runStaffCommand(app, user, {
        type: 'order.update_shipment_status',
        targetId: params.id,
        payload: { shipmentId: params.shipmentId, status: body.status },
      });
      return getOrder(app.db, user.storeId, params.id);
    },
  }),
  staffRoute({
    method: 'POST',
    path: '/api/v1/admin/orders/:id/refunds',
    summary: 'Refund by items and/or amount through the payment provider; a credit note is to follow',
    tag: 'orders',
    permission: 'orders.refund',
    params: idParams,
    body: refundBody,
    response: orderSchema,
    successStatus: 201,
    idempotent: true,
    handler: async ({ app, user, params, body, keyedId }) => {
      await runStaffCommand(app, user, {
        type: 'order.refund',
        targetId: params.id,
        // a retry after a rollback asks the provider with the same refund id: never paid twice
        payload: { ...body, refundId: body.refundId ?? keyedId('refund') },
      });
      return getOrder(app.db, user.storeId, params.id);
    },
  }),
  staffRoute({
    method: 'PATCH',
    path: '/api/v1/admin/orders/:id',
    summary: 'Edit notes, tags, addresses and shipping method (addresses and method while unshipped)',
    tag: 'orders',
    permission: 'orders.edit',
    params: idParams,
    body: updateOrderPayloadSchema,
    response: orderSchema,
    handler: async ({ app, user, params, body }) => {
      await runStaffCommand(app, user, { type: 'order.update', targetId: params.id, payload: body });
      return getOrder(app.db, user.storeId, params.id);
    },
  }),
];
