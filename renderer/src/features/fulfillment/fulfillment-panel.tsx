import { useState } from 'react';
import type { Order, ShipmentStatus } from '../../../../shared/schemas/order';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import { remainingToShip, shippableStatuses } from '../../../../shared/domain/order/fulfillment';
import { refundableAmount } from '../../../../shared/domain/order/refund-amounts';
import { formatMajorUnits } from '../../../../shared/money';
import { shipmentTransitions } from '../../../../shared/domain/order/commands/update-shipment-status';
import { useData } from '../../data/data-context';
import { dispatchOrderCommand } from '../../data/dispatch-command';
import { RefundDialog } from './refund-dialog';
import { ShipPanel } from './ship-panel';

const shipmentActionLabel: Partial<Record<ShipmentStatus, string>> = {
  in_transit: 'In transit',
  delivered: 'Delivered',
  returned: 'Returned',
};

/** Ship and refund buttons (by permission and state) and the shipments with their status buttons. */
export function FulfillmentPanel({ order }: { order: Order }) {
  const data = useData();
  const user = data.session.user;
  const [open, setOpen] = useState<'ship' | 'refund' | undefined>();
  const [error, setError] = useState<string | undefined>();
  const canEdit = hasPermission(user, 'orders.edit');
  const canShip =
    canEdit &&
    shippableStatuses.includes(order.status) &&
    order.items.some((item) => remainingToShip(item) > 0);
  const canRefund = hasPermission(user, 'orders.refund') && refundableAmount(order) > 0;

  const setShipmentStatus = async (
    shipmentId: string,
    status: ShipmentStatus,
    trackingNumber: string,
  ): Promise<void> => {
    const result = await dispatchOrderCommand(data, {
      type: 'order.update_shipment_status',
      orderId: order.id,
      payload: { shipmentId, status },
      summary: `Shipment ${trackingNumber}: ${status.replace('_', ' ')}`,
    });
    setError(result.ok ? undefined : result.error.message);
  };

  return (
    <div className="card fulfillment" data-testid="fulfillment-panel">
      <div className="row-actions" style={{ justifyContent: 'flex-start' }}>
        <h3 style={{ marginRight: 'auto' }}>Shipments</h3>
        {canShip && (
          <button type="button" onClick={() => setOpen('ship')}>
            Ship…
          </button>
        )}
        {canRefund && (
          <button type="button" className="danger" onClick={() => setOpen('refund')}>
            Refund…
          </button>
        )}
      </div>
      {open === 'ship' && <ShipPanel order={order} onClose={() => setOpen(undefined)} />}
      {open === 'refund' && <RefundDialog order={order} onClose={() => setOpen(undefined)} />}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {order.shipments.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <table data-testid="shipments">
          <thead>
            <tr>
              <th>Carrier</th>
              <th>Tracking</th>
              <th>Items</th>
              <th>Status</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {order.shipments.map((shipment) => (
              <tr key={shipment.id}>
                <td>{shipment.carrier}</td>
                <td>
                  {shipment.trackingUrl ? (
                    <a href={shipment.trackingUrl} target="_blank" rel="noreferrer">
                      {shipment.trackingNumber}
                    </a>
                  ) : (
                    shipment.trackingNumber
                  )}
                </td>
                <td>{shipment.items.reduce((sum, line) => sum + line.quantity, 0)} unit(s)</td>
                <td data-testid="shipment-status">{shipment.status.replace('_', ' ')}</td>
                <td className="row-actions">
                  {canEdit &&
                    shipmentTransitions[shipment.status].map((status) => (
                      <button
                        key={status}
                        type="button"
                        onClick={() => void setShipmentStatus(shipment.id, status, shipment.trackingNumber)}
                      >
                        {shipmentActionLabel[status] ?? status}
                      </button>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(order.refunds ?? []).length > 0 && (
        <>
          <h4>Refunds</h4>
          <ul data-testid="refunds">
            {(order.refunds ?? []).map((refund) => (
              <li key={refund.id}>
                {formatMajorUnits(refund.amount, order.currency)} {order.currency} — {refund.reason}
                {refund.providerReference ? '' : ' (waiting for the server)'}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
