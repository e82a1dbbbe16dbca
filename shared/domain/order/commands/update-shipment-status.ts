import { z } from 'zod';
import { uuidSchema } from '../../../schemas/common';
import type { ShipmentStatus } from '../../../schemas/order';
import { DomainError } from '../../../errors';
import { defineOrderCommand } from '../define-order-command';

const targetStatusSchema = z.enum(['in_transit', 'delivered', 'returned']);

/** Where a shipment may go next; `returned` is final. */
export const shipmentTransitions: Record<ShipmentStatus, readonly ShipmentStatus[]> = {
  ready: [],
  shipped: ['in_transit', 'delivered', 'returned'],
  in_transit: ['delivered', 'returned'],
  delivered: ['returned'],
  returned: [],
};

/** Records a carrier status; when every shipment is delivered a shipped order becomes delivered. */
export const updateShipmentStatusCommand = defineOrderCommand({
  type: 'order.update_shipment_status',
  permission: 'orders.edit',
  payload: z.object({ shipmentId: uuidSchema, status: targetStatusSchema }),
  apply(order, { shipmentId, status }, ctx) {
    const shipment = order.shipments.find((candidate) => candidate.id === shipmentId);
    if (!shipment)
      throw new DomainError('NOT_FOUND', 'Shipment not found on this order', { details: { shipmentId } });
    const allowed = shipmentTransitions[shipment.status];
    if (!allowed.includes(status)) {
      throw new DomainError('INVALID_TRANSITION', `Cannot mark a ${shipment.status} shipment as ${status}`, {
        details: { from: shipment.status, to: status, allowed },
      });
    }
    const shipments = order.shipments.map((candidate) =>
      candidate.id === shipmentId
        ? { ...candidate, status, deliveredAt: status === 'delivered' ? ctx.now : candidate.deliveredAt }
        : candidate,
    );
    const allDelivered = shipments.every((candidate) => candidate.status === 'delivered');
    const orderStatus = order.status === 'shipped' && allDelivered ? 'delivered' : order.status;
    return {
      order: { ...order, shipments, status: orderStatus, updatedAt: ctx.now },
      effects: [],
      event: {
        type: 'shipment_status_changed',
        message: `Shipment ${shipment.trackingNumber} is ${status.replace('_', ' ')}`,
        data: { shipmentId, from: shipment.status, to: status },
      },
    };
  },
});
