import { useState } from 'react';
import type { Order } from '../../../../shared/schemas/order';
import { remainingToShip } from '../../../../shared/domain/order/fulfillment';
import { useData } from '../../data/data-context';
import { useErrorText } from '../../i18n/error-text';
import { useT } from '../../i18n/use-t';
import { dispatchShipment, ShipmentDetailsFields, useShipmentDetails } from './shipment-details';
import { ItemQuantityInput } from './item-quantity-input';

/** Choose items and quantities, method, carrier and tracking number; ships offline as a command. */
export function ShipPanel({ order, onClose }: { order: Order; onClose: () => void }) {
  const data = useData();
  const t = useT('fulfillment');
  const common = useT('common');
  const errorText = useErrorText();
  const details = useShipmentDetails(order);
  const open = order.items.filter((item) => remainingToShip(item) > 0);
  const [quantities, setQuantities] = useState<Record<string, number>>(() =>
    Object.fromEntries(open.map((item) => [item.id, remainingToShip(item)])),
  );
  const [error, setError] = useState<string | undefined>();
  // Only lines with a quantity are sent; `rows[i]` is the table row (1-based) of payload line i.
  const lines = open.flatMap((item, row) => {
    const quantity = Math.min(quantities[item.id] ?? 0, remainingToShip(item));
    return quantity > 0 ? [{ line: { orderItemId: item.id, quantity }, row: row + 1 }] : [];
  });
  const items = lines.map(({ line }) => line);
  const units = items.reduce((sum, line) => sum + line.quantity, 0);
  const blocked =
    items.length === 0
      ? t('shipDialog.needItems')
      : details.complete
        ? undefined
        : t('shipDialog.needTracking');

  const ship = async (): Promise<void> => {
    const summary = t('shipDialog.summary', { count: units, number: order.number });
    const failure = await dispatchShipment(data, order, details, items, summary);
    if (failure === undefined) onClose();
    else setError(errorText(failure, { rowOf: (index) => lines[index]?.row }));
  };

  return (
    <div className="dialog ship-panel" role="dialog" aria-label={t('shipDialog.label')}>
      <h4>{t('shipDialog.title', { number: order.number })}</h4>
      <table>
        <thead>
          <tr>
            <th>{t('shipDialog.item')}</th>
            <th className="num">{t('shipDialog.left')}</th>
            <th className="num">{t('shipDialog.now')}</th>
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
                  label={t('shipDialog.quantityOf', { name: item.product.name })}
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
          {common('action.close')}
        </button>
        <button type="button" disabled={blocked !== undefined} title={blocked} onClick={() => void ship()}>
          {t('shipDialog.submit', { count: units })}
        </button>
        {blocked && <span className="muted disabled-reason">{blocked}</span>}
      </div>
    </div>
  );
}
