import { useState } from 'react';
import type { Order } from '../../../../shared/schemas/order';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import { useData } from '../../data/data-context';
import { dispatchOrderCommand } from '../../data/dispatch-command';
import { useT } from '../../i18n/use-t';
import { devicePricingContext } from './device-pricing-context';
import { useManualOrderErrorText } from './manual-order-error-text';
import { useDeviceStoreFacts, useLocalProducts } from './use-local-catalog';

/** What a draft is, and "Confirm draft" (final number and stock reservation from the server). */
export function DraftPanel({ order }: { order: Order }) {
  const data = useData();
  const t = useT('manualOrders');
  const errorText = useManualOrderErrorText();
  const products = useLocalProducts();
  const store = useDeviceStoreFacts();
  const [message, setMessage] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  if (order.draft !== true)
    return message ? (
      <p className="muted" role="status">
        {message}
      </p>
    ) : null;
  const confirm = async (): Promise<void> => {
    const context = devicePricingContext(store, {
      products,
      productIds: order.items.flatMap((item) => (item.productId ? [item.productId] : [])),
      method: null,
      invoiced: false,
    });
    const result = await dispatchOrderCommand(data, {
      type: 'order.confirm_draft',
      orderId: order.id,
      payload: { context },
      summary: t('draft.summaryConfirm', { number: order.number }),
    });
    if (!result.ok) return setError(errorText(result.error, order.currency));
    setError(undefined);
    setMessage(t('draft.confirmed'));
  };
  return (
    <div className="notice" data-testid="draft-panel">
      <p>{t('draft.notice')}</p>
      {hasPermission(data.session.user, 'orders.edit') && (
        <button type="button" className="primary" onClick={() => void confirm()}>
          {t('draft.confirm')}
        </button>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** "Draft" next to an order's status. */
export function DraftBadge({ order }: { order: Pick<Order, 'draft'> }) {
  const t = useT('manualOrders');
  return order.draft === true ? <span className="badge status-on_hold">{t('draft.badge')}</span> : null;
}
