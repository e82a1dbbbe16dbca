import { useState } from 'react';
import { map } from 'rxjs';
import type { OrderStatus } from '../../../../shared/schemas/order';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import {
  bulkActionNames,
  parseBulkAction,
  type BulkAction,
  type BulkActionName,
} from '../../../../shared/domain/order/bulk-actions';
import { useData } from '../../data/data-context';
import { useObservable } from '../../data/use-observable';
import { useEnumLabel } from '../../i18n/enum-label';
import { useErrorText } from '../../i18n/error-text';
import { useT } from '../../i18n/use-t';
import { parseTrackingCsv } from './tracking-csv';
import { ChoiceSelect, toChoices } from '../../forms/choice-select';

type Start = (bulk: BulkAction, description: string, ids?: readonly string[]) => void;

const isActionName = (value: string): value is BulkActionName =>
  (bulkActionNames as readonly string[]).includes(value);

/** Bulk action picker for the selection: action, its parameter, run. */
export function BulkActionBar({
  count,
  disabled,
  statusTargets,
  onStart,
  onIssueInvoices,
  onPrintInvoices,
  findOrderId,
}: {
  count: number;
  disabled: boolean;
  /** Statuses every selected order may move to (shared state machine). */
  statusTargets: readonly OrderStatus[];
  onStart: Start;
  onIssueInvoices: () => void;
  /** Prints the selection's invoices as one PDF (needs only orders.view). */
  onPrintInvoices: () => void;
  findOrderId: (number: string) => string | undefined;
}) {
  const { db, session } = useData();
  const t = useT('bulk');
  const label = useEnumLabel();
  const errorText = useErrorText();
  const [action, setAction] = useState<BulkActionName>('add_tag');
  const [text, setText] = useState('');
  const [chosenStatus, setStatus] = useState<OrderStatus | undefined>();
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
  const status = chosenStatus && statusTargets.includes(chosenStatus) ? chosenStatus : statusTargets[0];
  const canEdit = hasPermission(session.user, 'orders.edit');
  const canCancel = hasPermission(session.user, 'orders.cancel');
  const available = bulkActionNames.filter((name) => (name === 'cancel' ? canCancel : canEdit));
  const printButton = (
    <button type="button" disabled={disabled || count === 0} onClick={onPrintInvoices}>
      {t('printInvoices')}
    </button>
  );
  if (available.length === 0)
    return (
      <div className="bulk-bar" data-testid="bulk-bar">
        {printButton}
      </div>
    );

  const missing = ((): string | undefined => {
    if (action === 'set_status') return status ? undefined : t('need.status');
    if (action === 'add_tag' || action === 'remove_tag') return text.trim() ? undefined : t('need.tag');
    if (action === 'cancel') return text.trim() ? undefined : t('need.reason');
    if (action === 'assign_shipping_method') return methodId ? undefined : t('need.method');
    return undefined;
  })();

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
    const value =
      action === 'set_status' && status
        ? label('orderStatus', status)
        : action === 'assign_shipping_method'
          ? (methods.find((m) => m.id === methodId)?.name ?? '')
          : text.trim();
    try {
      const bulk = parseBulkAction(action, params);
      onStart(bulk, t(`description.${action}`, { value, count }));
    } catch (e) {
      setError(errorText(e));
    }
  };

  const onCsv = async (file: File): Promise<void> => {
    const { shipments, problems } = parseTrackingCsv(await file.text(), findOrderId);
    if (problems.length > 0)
      setError(
        t('csvProblems', {
          lines: problems
            .slice(0, 3)
            .map((problem) => t(`csvLine.${problem.kind}`, { line: problem.line, number: problem.number }))
            .join('; '),
        }),
      );
    if (shipments.length === 0) return;
    onStart(
      parseBulkAction('mark_shipped', { shipments }),
      t('description.mark_shipped', { count: shipments.length, value: '' }),
      shipments.map((s) => s.orderId),
    );
  };

  return (
    <div className="bulk-bar" data-testid="bulk-bar">
      <select
        aria-label={t('action')}
        value={action}
        onChange={(e) => {
          if (isActionName(e.target.value)) setAction(e.target.value);
        }}
      >
        {available.map((name) => (
          <option key={name} value={name}>
            {t(`actions.${name}`)}
          </option>
        ))}
      </select>
      {action === 'set_status' &&
        (statusTargets.length > 0 ? (
          <select
            aria-label={t('newStatus')}
            value={status}
            onChange={(e) => setStatus(statusTargets.find((s) => s === e.target.value))}
          >
            {statusTargets.map((s) => (
              <option key={s} value={s}>
                {label('orderStatus', s)}
              </option>
            ))}
          </select>
        ) : (
          <span className="muted">{t('noCommonStatus')}</span>
        ))}
      {(action === 'add_tag' || action === 'remove_tag' || action === 'cancel') && (
        <input
          aria-label={action === 'cancel' ? t('cancelReason') : t('tag')}
          placeholder={action === 'cancel' ? t('reason') : t('tag')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      )}
      {action === 'assign_shipping_method' && (
        <ChoiceSelect
          aria-label={t('shippingMethod')}
          placeholder={t('choose')}
          choices={toChoices(
            methods,
            (m) => m.id,
            (m) => m.name,
          )}
          value={methodId}
          onChange={(e) => setMethodId(e.target.value)}
        />
      )}
      {action === 'mark_shipped' ? (
        <label className="file-button">
          {t('csv')}{' '}
          <input
            type="file"
            accept=".csv,text/csv"
            aria-label={t('csvInput')}
            disabled={disabled}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void onCsv(file);
              e.target.value = '';
            }}
          />
        </label>
      ) : (
        <button
          type="button"
          className="primary"
          disabled={disabled || count === 0 || missing !== undefined}
          title={missing}
          onClick={run}
        >
          {t('apply', { count })}
        </button>
      )}
      {canEdit && (
        <button type="button" disabled={disabled || count === 0} onClick={onIssueInvoices}>
          {t('issueInvoices')}
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
