import { useState } from 'react';
import type { Order } from '../../../../shared/schemas/order';
import { newId } from '../../../../shared/ids';
import { formatMoney, toMinorUnits } from '../../../../shared/money';
import { itemRefundValue, refundableAmount } from '../../../../shared/domain/order/refund-amounts';
import { useData } from '../../data/data-context';
import { dispatchOrderCommand } from '../../data/dispatch-command';
import { ItemQuantityInput } from './item-quantity-input';

/** Refund by items or by amount, with restock and a reason; queued offline, paid back by the server. */
export function RefundDialog({ order, onClose }: { order: Order; onClose: () => void }) {
  const data = useData();
  const [mode, setMode] = useState<'items' | 'amount'>('items');
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [amountText, setAmountText] = useState('');
  const [restock, setRestock] = useState(true);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const refundable = refundableAmount(order);
  const items = order.items.flatMap((item) => {
    const quantity = quantities[item.id] ?? 0;
    return quantity > 0 ? [{ orderItemId: item.id, quantity }] : [];
  });
  const itemsValue = order.items.reduce(
    (sum, item) => sum + itemRefundValue(item, quantities[item.id] ?? 0),
    0,
  );
  const amount =
    mode === 'amount' ? toMinorUnits(Number(amountText.replace(',', '.')), order.currency) : itemsValue;
  const valid =
    reason.trim().length > 0 &&
    Number.isFinite(amount) &&
    amount > 0 &&
    (mode === 'amount' || items.length > 0);

  const refund = async (): Promise<void> => {
    const payload =
      mode === 'items'
        ? { refundId: newId(), items, restock, reason: reason.trim() }
        : { refundId: newId(), amount, restock: false, reason: reason.trim() };
    const result = await dispatchOrderCommand(data, {
      type: 'order.refund',
      orderId: order.id,
      payload,
      summary: `Refund ${formatMoney(amount, order.currency)} on order #${order.number}`,
    });
    if (result.ok) onClose();
    else setError(result.error.message);
  };

  return (
    <div className="dialog refund-dialog" role="dialog" aria-label="Refund">
      <h4>
        Refund order #{order.number}{' '}
        <span className="muted">(up to {formatMoney(refundable, order.currency)})</span>
      </h4>
      <div className="row">
        <label>
          <input type="radio" checked={mode === 'items'} onChange={() => setMode('items')} /> By items
        </label>
        <label>
          <input type="radio" checked={mode === 'amount'} onChange={() => setMode('amount')} /> By amount
        </label>
      </div>
      {mode === 'items' ? (
        <table>
          <thead>
            <tr>
              <th>Item</th>
              <th className="num">Refundable</th>
              <th className="num">Refund</th>
            </tr>
          </thead>
          <tbody>
            {order.items.map((item) => (
              <tr key={item.id}>
                <td>{item.product.name}</td>
                <td className="num">{item.quantity - item.quantityRefunded}</td>
                <td className="num">
                  <ItemQuantityInput
                    value={quantities[item.id] ?? 0}
                    max={item.quantity - item.quantityRefunded}
                    label={`Refund quantity of ${item.product.name}`}
                    onChange={(quantity) => setQuantities({ ...quantities, [item.id]: quantity })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <label>
          Amount ({order.currency})
          <input
            inputMode="decimal"
            value={amountText}
            onChange={(e) => setAmountText(e.target.value)}
            placeholder="0.00"
          />
        </label>
      )}
      {mode === 'items' && (
        <label className="inline">
          <input type="checkbox" checked={restock} onChange={(e) => setRestock(e.target.checked)} /> Put
          shipped units back in stock
        </label>
      )}
      <label>
        Reason
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder="e.g. Damaged in transit"
        />
      </label>
      <p className="muted">
        Refund {Number.isFinite(amount) ? formatMoney(Math.max(0, amount), order.currency) : '—'}; a credit
        note follows.
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="danger" disabled={!valid} onClick={() => void refund()}>
          Refund
        </button>
      </div>
    </div>
  );
}
