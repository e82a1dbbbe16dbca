import { useState } from 'react';
import type { Order } from '../../../../shared/schemas/order';
import { remainingToShip } from '../../../../shared/domain/order/fulfillment';
import { useData } from '../../data/data-context';
import { dispatchShipment, ShipmentDetailsFields, useShipmentDetails } from './shipment-details';
import { ItemQuantityInput } from './item-quantity-input';

/** Choose items and quantities, method, carrier and tracking number; ships offline as a command. */
export function ShipPanel({ order, onClose }: { order: Order; onClose: () => void }) {
  const data = useData();
  const details = useShipmentDetails(order);
  const open = order.items.filter((item) => remainingToShip(item) > 0);
  const [quantities, setQuantities] = useState<Record<string, number>>(() =>
    Object.fromEntries(open.map((item) => [item.id, remainingToShip(item)])),
  );
  const [error, setError] = useState<string | undefined>();
  const items = open.flatMap((item) => {
    const quantity = quantities[item.id] ?? 0;
    return quantity > 0 ? [{ orderItemId: item.id, quantity }] : [];
  });

  const ship = async (): Promise<void> => {
    const failure = await dispatchShipment(data, order, details, items);
    if (failure === undefined) onClose();
    else setError(failure);
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
                <ItemQuantityInput
                  value={quantities[item.id] ?? 0}
                  max={remainingToShip(item)}
                  label={`Quantity of ${item.product.name}`}
                  onChange={(quantity) => setQuantities({ ...quantities, [item.id]: quantity })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShipmentDetailsFields details={details} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button type="button" disabled={items.length === 0 || !details.complete} onClick={() => void ship()}>
          Ship {items.reduce((sum, line) => sum + line.quantity, 0)} unit(s)
        </button>
      </div>
    </div>
  );
}
