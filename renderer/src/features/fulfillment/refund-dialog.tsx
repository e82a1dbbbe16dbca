import { useState } from 'react';
import { ModalDialog } from '../../app/modal-dialog';
import type { Order } from '../../../../shared/schemas/order';
import { newId } from '../../../../shared/ids';
import { itemRefundValue, refundableAmount } from '../../../../shared/domain/order/refund-amounts';
import { useData } from '../../data/data-context';
import { dispatchOrderCommand } from '../../data/dispatch-command';
import { useErrorText } from '../../i18n/error-text';
import { moneyInputValue, parseMoneyInput, useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { ItemQuantityInput } from './item-quantity-input';

/** Refund by items or by amount, with restock and a reason; queued offline, paid back by the server. */
export function RefundDialog({ order, onClose }: { order: Order; onClose: () => void }) {
  const data = useData();
  const t = useT('fulfillment');
  const common = useT('common');
  const fmt = useFormat();
  const errorText = useErrorText();
  const [mode, setMode] = useState<'items' | 'amount'>('items');
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [amountText, setAmountText] = useState('');
  const [restock, setRestock] = useState(true);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const money = (minor: number): string => fmt.money(minor, order.currency);
  const refundable = refundableAmount(order);
  // Only lines with a quantity are sent; `rows[i]` is the table row (1-based) of payload line i.
  const lines = order.items.flatMap((item, row) => {
    const quantity = quantities[item.id] ?? 0;
    return quantity > 0 ? [{ line: { orderItemId: item.id, quantity }, row: row + 1 }] : [];
  });
  const items = lines.map(({ line }) => line);
  const itemsValue = order.items.reduce(
    (sum, item) => sum + itemRefundValue(item, quantities[item.id] ?? 0),
    0,
  );
  const typedAmount = parseMoneyInput(amountText, order.currency);
  const amount = mode === 'amount' ? typedAmount : itemsValue;
  const blocked = ((): string | undefined => {
    if (mode === 'items' && items.length === 0) return t('refundDialog.needItems');
    if (mode === 'amount' && amountText.trim() === '') return t('refundDialog.needAmount');
    if (amount === undefined || amount <= 0)
      return t('refundDialog.amountInvalid', { example: moneyInputValue(1990, order.currency, fmt.locale) });
    if (amount > refundable) return t('refundDialog.amountTooHigh', { amount: money(refundable) });
    if (reason.trim().length === 0) return t('refundDialog.needReason');
    return undefined;
  })();

  const refund = async (): Promise<void> => {
    if (amount === undefined) return;
    const payload =
      mode === 'items'
        ? { refundId: newId(), items, restock, reason: reason.trim() }
        : { refundId: newId(), amount, restock: false, reason: reason.trim() };
    const result = await dispatchOrderCommand(data, {
      type: 'order.refund',
      orderId: order.id,
      payload,
      summary: t('refundDialog.summary', { amount: money(amount), number: order.number }),
    });
    if (result.ok) onClose();
    else setError(errorText(result.error, { currency: order.currency, rowOf: (index) => lines[index]?.row }));
  };

  return (
    <ModalDialog
      label={t('refundDialog.label')}
      onCancel={onClose}
      className="refund-dialog"
      title={
        <>
          {t('refundDialog.title', { number: order.number })}{' '}
          <span className="muted">{t('refundDialog.upTo', { amount: money(refundable) })}</span>
        </>
      }
    >
      <div className="row">
        <label>
          <input type="radio" checked={mode === 'items'} onChange={() => setMode('items')} />{' '}
          {t('refundDialog.byItems')}
        </label>
        <label>
          <input type="radio" checked={mode === 'amount'} onChange={() => setMode('amount')} />{' '}
          {t('refundDialog.byAmount')}
        </label>
      </div>
      {mode === 'items' ? (
        <table>
          <thead>
            <tr>
              <th>{t('refundDialog.item')}</th>
              <th className="num">{t('refundDialog.refundable')}</th>
              <th className="num">{t('refundDialog.refund')}</th>
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
                    label={t('refundDialog.quantityOf', { name: item.product.name })}
                    onChange={(quantity) => setQuantities({ ...quantities, [item.id]: quantity })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <label>
          {t('refundDialog.amount', { currency: order.currency })}
          <input
            inputMode="decimal"
            value={amountText}
            onChange={(e) => setAmountText(e.target.value)}
            placeholder={moneyInputValue(0, order.currency, fmt.locale)}
          />
        </label>
      )}
      {mode === 'items' && (
        <label className="inline">
          <input type="checkbox" checked={restock} onChange={(e) => setRestock(e.target.checked)} />{' '}
          {t('refundDialog.restock')}
        </label>
      )}
      <label>
        {t('refundDialog.reason')}
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('refundDialog.reasonPlaceholder')}
        />
      </label>
      <p className="muted">
        {t('refundDialog.preview', { amount: amount === undefined ? '—' : money(Math.max(0, amount)) })}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={onClose}>
          {common('action.close')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={blocked !== undefined}
          title={blocked}
          onClick={() => void refund()}
        >
          {t('refundDialog.submit')}
        </button>
        {blocked && <span className="muted disabled-reason">{blocked}</span>}
      </div>
    </ModalDialog>
  );
}
