import { useState } from 'react';
import type { Order } from '../../../../shared/schemas/order';
import { newId } from '../../../../shared/ids';
import { remainingToShip, trackingUrlFor } from '../../../../shared/domain/order/fulfillment';
import { useData } from '../../data/data-context';
import { dispatchOrderCommand } from '../../data/dispatch-command';
import { useShippingMethods } from './use-shipping-methods';

/** Choose items and quantities, method, carrier and tracking number; ships offline as a command. */
export function ShipPanel({ order, onClose }: { order: Order; onClose: () => void }) {
  const data = useData();
  const methods = useShippingMethods();
  const open = order.items.filter((item) => remainingToShip(item) > 0);
  const [quantities, setQuantities] = useState<Record<string, number>>(() =>
    Object.fromEntries(open.map((item) => [item.id, remainingToShip(item)])),
  );
  const [methodId, setMethodId] = useState(order.shippingMethodId ?? '');
  const [carrier, setCarrier] = useState('');
  const [trackingNumber, setTrackingNumber] = useState('');
  const [error, setError] = useState<string | undefined>();
  const method = methods.find((candidate) => candidate.id === methodId);
  const effectiveCarrier = carrier.trim() || method?.carrier || '';
  const items = open.flatMap((item) => {
    const quantity = quantities[item.id] ?? 0;
    return quantity > 0 ? [{ orderItemId: item.id, quantity }] : [];
  });

  const ship = async (): Promise<void> => {
    const payload = {
      shipmentId: newId(),
      ...(method ? { shippingMethodId: method.id } : {}),
      carrier: effectiveCarrier,
      trackingNumber: trackingNumber.trim(),
      trackingUrl: trackingUrlFor(method, trackingNumber),
      items,
    };
    const units = items.reduce((sum, line) => sum + line.quantity, 0);
    const result = await dispatchOrderCommand(data, {
      type: 'order.create_shipment',
      orderId: order.id,
      payload,
      summary: `Ship ${units} unit(s) of order #${order.number}`,
    });
    if (result.ok) onClose();
    else
      setError(
        result.error.issues?.map((issue) => `${issue.path}: ${issue.message}`).join('; ') ||
          result.error.message,
      );
  };

  return (
    <div
      className="dialog ship-panel"
      role="dialog"
      aria-label="Ship items"
      style={{ borderColor: '#c5d3ea' }}
    >
      <h4>Ship order #{order.number}</h4>
      <table>
        <thead>
          <tr>
            <th>Item</th>
            <th className="num">Left to ship</th>
            <th className="num">Ship now</th>
          </tr>
        </thead>
        <tbody>
          {open.map((item) => (
            <tr key={item.id}>
              <td>{item.product.name}</td>
              <td className="num">{remainingToShip(item)}</td>
              <td className="num">
                <input
                  type="number"
                  min={0}
                  max={remainingToShip(item)}
                  value={quantities[item.id] ?? 0}
                  aria-label={`Quantity of ${item.product.name}`}
                  onChange={(e) =>
                    setQuantities({
                      ...quantities,
                      [item.id]: Math.max(0, Math.trunc(Number(e.target.value))),
                    })
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label>
        Shipping method
        <select value={methodId} onChange={(e) => setMethodId(e.target.value)}>
          <option value="">None</option>
          {methods.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Carrier
        <input
          value={carrier}
          placeholder={method?.carrier ?? 'e.g. DHL'}
          onChange={(e) => setCarrier(e.target.value)}
        />
      </label>
      <label>
        Tracking number
        <input value={trackingNumber} onChange={(e) => setTrackingNumber(e.target.value)} />
      </label>
      {trackingNumber.trim() && method && (
        <p className="muted">Tracking link: {trackingUrlFor(method, trackingNumber)}</p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          disabled={items.length === 0 || !effectiveCarrier || !trackingNumber.trim()}
          onClick={() => void ship()}
        >
          Ship {items.reduce((sum, line) => sum + line.quantity, 0)} unit(s)
        </button>
      </div>
    </div>
  );
}
