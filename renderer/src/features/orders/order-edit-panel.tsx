import { useState } from 'react';
import type { Order } from '../../../../shared/schemas/order';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import { useData } from '../../data/data-context';
import { useT } from '../../i18n/use-t';
import { OrderEditForm } from './order-edit-form-view';
import './order-edit.css';

/** "Edit" for users with orders.edit: notes, tags, addresses and shipping method, queued offline. */
export function OrderEditPanel({ order }: { order: Order }) {
  const data = useData();
  const t = useT('orders');
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  if (!hasPermission(data.session.user, 'orders.edit')) return null;
  if (open)
    return (
      <OrderEditForm
        order={order}
        onClose={(closing) => {
          setOpen(false);
          setMessage(closing);
        }}
        onMessage={setMessage}
        message={message}
      />
    );
  return (
    <div className="order-edit-closed">
      <button
        type="button"
        onClick={() => {
          setOpen(true);
          setMessage(undefined);
        }}
      >
        {t('edit.open')}
      </button>
      {message && (
        <span className="muted" role="status">
          {message}
        </span>
      )}
    </div>
  );
}
