import { useState } from 'react';
import type { Order, ShipmentStatus } from '../../../../shared/schemas/order';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import { refundableAmount } from '../../../../shared/domain/order/refund-amounts';
import { shipmentTransitions } from '../../../../shared/domain/order/commands/update-shipment-status';
import { useData } from '../../data/data-context';
import { dispatchOrderCommand } from '../../data/dispatch-command';
import { useEnumLabel } from '../../i18n/enum-label';
import { useErrorText } from '../../i18n/error-text';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { RefundDialog } from './refund-dialog';
import { shipBlocker } from './ship-blocker';
import { ShipPanel } from './ship-panel';

/** Ship and refund buttons (by permission and state) and the shipments with their status buttons. */
export function FulfillmentPanel({ order }: { order: Order }) {
  const data = useData();
  const t = useT('fulfillment');
  const label = useEnumLabel();
  const fmt = useFormat();
  const errorText = useErrorText();
  const user = data.session.user;
  const [open, setOpen] = useState<'ship' | 'refund' | undefined>();
  const [error, setError] = useState<string | undefined>();
  const canEdit = hasPermission(user, 'orders.edit');
  const blocker = shipBlocker(order);
  // A cancelled or finished order shows no ship button; a blocked one says why it cannot ship yet.
  const showShip = canEdit && blocker !== 'nothingLeft' && order.status !== 'cancelled';
  const shipBlockedText =
    blocker === 'exceptions'
      ? t('blocked.exceptions')
      : blocker === 'status'
        ? t('blocked.status', { status: label('orderStatus', order.status) })
        : undefined;
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
      summary: t('summaryShipmentStatus', {
        tracking: trackingNumber,
        status: label('shipmentStatus', status),
      }),
    });
    setError(result.ok ? undefined : errorText(result.error, { currency: order.currency }));
  };

  return (
    <div className="card fulfillment" data-testid="fulfillment-panel">
      <div className="row-actions" style={{ justifyContent: 'flex-start' }}>
        <h3 style={{ marginRight: 'auto' }}>{t('shipments')}</h3>
        {showShip && (
          <button
            type="button"
            disabled={shipBlockedText !== undefined}
            title={shipBlockedText}
            onClick={() => setOpen('ship')}
          >
            {t('ship')}
          </button>
        )}
        {canRefund && (
          <button type="button" className="danger" onClick={() => setOpen('refund')}>
            {t('refund')}
          </button>
        )}
      </div>
      {open === 'ship' && <ShipPanel order={order} onClose={() => setOpen(undefined)} />}
      {open === 'refund' && <RefundDialog order={order} onClose={() => setOpen(undefined)} />}
      {showShip && shipBlockedText && (
        <p className="muted disabled-reason" data-testid="ship-blocked">
          {shipBlockedText}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {order.shipments.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <table data-testid="shipments">
          <thead>
            <tr>
              <th>{t('carrier')}</th>
              <th>{t('tracking')}</th>
              <th>{t('items')}</th>
              <th>{t('status')}</th>
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
                <td>{t('units', { count: shipment.items.reduce((sum, line) => sum + line.quantity, 0) })}</td>
                <td data-testid="shipment-status">{label('shipmentStatus', shipment.status)}</td>
                <td className="row-actions">
                  {canEdit &&
                    shipmentTransitions[shipment.status].map((status) => (
                      <button
                        key={status}
                        type="button"
                        onClick={() => void setShipmentStatus(shipment.id, status, shipment.trackingNumber)}
                      >
                        {label('shipmentStatus', status)}
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
          <h4>{t('refunds')}</h4>
          <ul data-testid="refunds">
            {(order.refunds ?? []).map((refund) => (
              <li key={refund.id}>
                {fmt.money(refund.amount, order.currency)} — {refund.reason}
                {refund.providerReference ? '' : t('waitingForServer')}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
