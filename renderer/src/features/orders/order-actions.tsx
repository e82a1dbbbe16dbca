import { useState } from 'react';
import type { Order, OrderStatus } from '../../../../shared/schemas/order';
import { allowedStatusTargets, canCancelFromStatus } from '../../../../shared/domain/order/status-machine';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import { useData } from '../../data/data-context';
import { dispatchOrderCommand } from '../../data/dispatch-command';
import { statusLabel } from './order-labels';

const actionLabel: Partial<Record<OrderStatus, string>> = {
  confirmed: 'Confirm',
  processing: 'Start processing',
  on_hold: 'Put on hold',
  delivered: 'Mark delivered',
  completed: 'Complete',
};

/** Status buttons the state machine and the user's permissions allow, and cancel with a reason. */
export function OrderActions({ order }: { order: Order }) {
  const data = useData();
  const user = data.session.user;
  const [error, setError] = useState<string | undefined>();
  const [cancelOpen, setCancelOpen] = useState(false);
  const [reason, setReason] = useState('');
  const targets = hasPermission(user, 'orders.edit')
    ? allowedStatusTargets(order.status, order.statusBeforeHold)
    : [];
  const canCancel =
    hasPermission(user, 'orders.cancel') &&
    canCancelFromStatus(order.status, order.statusBeforeHold) &&
    order.items.every((i) => i.quantityShipped === 0);

  const run = async (type: string, payload: Record<string, unknown>, summary: string): Promise<boolean> => {
    const result = await dispatchOrderCommand(data, { type, orderId: order.id, payload, summary });
    setError(result.ok ? undefined : result.error.message);
    return result.ok;
  };

  return (
    <div className="actions">
      {targets.map((status) => (
        <button
          key={status}
          type="button"
          onClick={() =>
            void run(
              'order.set_status',
              { status },
              `Order #${order.number}: ${statusLabel[order.status]} → ${statusLabel[status]}`,
            )
          }
        >
          {order.status === 'on_hold'
            ? `Release hold (${statusLabel[status]})`
            : (actionLabel[status] ?? statusLabel[status])}
        </button>
      ))}
      {canCancel && (
        <button type="button" className="danger" onClick={() => setCancelOpen(true)}>
          Cancel order
        </button>
      )}
      {!hasPermission(user, 'orders.edit') && (
        <span className="muted">View only: you cannot change orders.</span>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {cancelOpen && (
        <div className="dialog" role="dialog" aria-label="Cancel order">
          <label>
            Reason for cancelling #{order.number}
            <input
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              autoFocus
              placeholder="e.g. Customer request"
            />
          </label>
          <div className="row">
            <button type="button" onClick={() => setCancelOpen(false)}>
              Keep order
            </button>
            <button
              type="button"
              className="danger"
              disabled={reason.trim().length === 0}
              onClick={() =>
                void run('order.cancel', { reason: reason.trim() }, `Cancel order #${order.number}`).then(
                  (ok) => ok && setCancelOpen(false),
                )
              }
            >
              Confirm cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
