import { useState } from 'react';
import { map } from 'rxjs';
import { orderStatuses, type OrderStatus } from '../../../../shared/schemas/order';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import {
  parseBulkAction,
  type BulkAction,
  type BulkActionName,
} from '../../../../shared/domain/order/bulk-actions';
import { useData } from '../../data/data-context';
import { useObservable } from '../../data/use-observable';
import { statusLabel } from '../orders/order-labels';
import { parseTrackingCsv } from './tracking-csv';

type Start = (bulk: BulkAction, description: string, ids?: readonly string[]) => void;

const actionLabels: Record<BulkActionName, string> = {
  set_status: 'Set status',
  add_tag: 'Add tag',
  remove_tag: 'Remove tag',
  assign_shipping_method: 'Assign shipping method',
  cancel: 'Cancel orders',
  mark_shipped: 'Mark shipped (tracking CSV)',
};

/** Bulk action picker for the selection: action, its parameter, run. */
export function BulkActionBar({
  count,
  disabled,
  onStart,
  onIssueInvoices,
  onPrintInvoices,
  findOrderId,
}: {
  count: number;
  disabled: boolean;
  onStart: Start;
  onIssueInvoices: () => void;
  /** Prints the selection's invoices as one PDF (needs only orders.view). */
  onPrintInvoices: () => void;
  findOrderId: (number: string) => string | undefined;
}) {
  const { db, session } = useData();
  const [action, setAction] = useState<BulkActionName>('add_tag');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<OrderStatus>('processing');
  const [methodId, setMethodId] = useState('');
  const [error, setError] = useState('');
  const methods = useObservable(
    () =>
      db.shippingmethods
        .find()
        .$.pipe(map((docs) => docs.map((doc) => ({ id: doc.id, name: String(doc.get('name') ?? doc.id) })))),
    [],
    [db],
  );
  const canEdit = hasPermission(session.user, 'orders.edit');
  const canCancel = hasPermission(session.user, 'orders.cancel');
  const available = (Object.keys(actionLabels) as BulkActionName[]).filter((name) =>
    name === 'cancel' ? canCancel : canEdit,
  );
  const printButton = (
    <button type="button" disabled={disabled || count === 0} onClick={onPrintInvoices}>
      Print invoices
    </button>
  );
  if (available.length === 0)
    return (
      <div className="bulk-bar" data-testid="bulk-bar">
        {printButton}
      </div>
    );

  const run = (): void => {
    setError('');
    const params =
      action === 'set_status'
        ? { status }
        : action === 'add_tag' || action === 'remove_tag'
          ? { tag: text }
          : action === 'cancel'
            ? { reason: text }
            : { shippingMethodId: methodId };
    try {
      const bulk = parseBulkAction(action, params);
      onStart(bulk, `${actionLabels[action]}${text ? ` “${text}”` : ''} on ${count} orders`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const onCsv = async (file: File): Promise<void> => {
    const { shipments, problems } = parseTrackingCsv(await file.text(), findOrderId);
    if (problems.length > 0) setError(problems.slice(0, 3).join('; '));
    if (shipments.length === 0) return;
    onStart(
      parseBulkAction('mark_shipped', { shipments }),
      `Mark ${shipments.length} orders shipped`,
      shipments.map((s) => s.orderId),
    );
  };

  return (
    <div className="bulk-bar" data-testid="bulk-bar">
      <select
        aria-label="Bulk action"
        value={action}
        onChange={(e) => setAction(e.target.value as BulkActionName)}
      >
        {available.map((name) => (
          <option key={name} value={name}>
            {actionLabels[name]}
          </option>
        ))}
      </select>
      {action === 'set_status' && (
        <select
          aria-label="New status"
          value={status}
          onChange={(e) => setStatus(e.target.value as OrderStatus)}
        >
          {orderStatuses
            .filter((s) => s !== 'cancelled')
            .map((s) => (
              <option key={s} value={s}>
                {statusLabel[s]}
              </option>
            ))}
        </select>
      )}
      {(action === 'add_tag' || action === 'remove_tag' || action === 'cancel') && (
        <input
          aria-label={action === 'cancel' ? 'Cancel reason' : 'Tag'}
          placeholder={action === 'cancel' ? 'Reason' : 'Tag'}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      )}
      {action === 'assign_shipping_method' && (
        <select aria-label="Shipping method" value={methodId} onChange={(e) => setMethodId(e.target.value)}>
          <option value="">Choose…</option>
          {methods.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      )}
      {action === 'mark_shipped' ? (
        <label className="file-button">
          CSV: order number, carrier, tracking{' '}
          <input
            type="file"
            accept=".csv,text/csv"
            aria-label="Tracking CSV"
            disabled={disabled}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void onCsv(file);
              e.target.value = '';
            }}
          />
        </label>
      ) : (
        <button type="button" className="primary" disabled={disabled || count === 0} onClick={run}>
          Apply to {count}
        </button>
      )}
      {canEdit && (
        <button type="button" disabled={disabled || count === 0} onClick={onIssueInvoices}>
          Issue invoices
        </button>
      )}
      {printButton}
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
