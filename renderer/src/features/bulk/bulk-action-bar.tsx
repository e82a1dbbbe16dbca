import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { OrderStatus } from '../../../../shared/schemas/order';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import {
  bulkActionNames,
  parseBulkAction,
  type BulkAction,
} from '../../../../shared/domain/order/bulk-actions';
import { useData } from '../../data/data-context';
import { useEnumLabel } from '../../i18n/enum-label';
import { useT } from '../../i18n/use-t';
import { fieldA11y } from '../../forms/field-a11y';
import { ChoiceSelect, toChoices } from '../../forms/choice-select';
import { useAllShippingMethods } from '../shipping-methods/use-all-shipping-methods';
import { parseTrackingCsv } from './tracking-csv';
import { BulkParameterField } from './bulk-parameter-field';
import {
  bulkDraftSchema,
  emptyBulkDraft,
  type BulkDraft,
  type BulkProblem,
  type FormBulkAction,
} from './bulk-form-schema';

type Start = (bulk: BulkAction, description: string, ids?: readonly string[]) => void;

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
  const { session } = useData();
  const t = useT('bulk');
  const label = useEnumLabel();
  const methods = useAllShippingMethods();
  const canEdit = hasPermission(session.user, 'orders.edit');
  const canCancel = hasPermission(session.user, 'orders.cancel');
  const available = bulkActionNames.filter((name) => (name === 'cancel' ? canCancel : canEdit));
  const schema = useMemo(() => bulkDraftSchema(statusTargets), [statusTargets]);
  const form = useForm<BulkDraft, unknown, FormBulkAction>({
    defaultValues: {
      ...emptyBulkDraft,
      action: available.includes(emptyBulkDraft.action) ? emptyBulkDraft.action : (available[0] ?? 'add_tag'),
    },
    resolver: zodResolver(schema),
    shouldFocusError: true,
  });
  const { register, control, handleSubmit, watch, setError, clearErrors, formState } = form;
  const stateOf = fieldA11y(formState.errors, 'bulk', (problem) => t(problem as BulkProblem));
  const action = watch('action');
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

  const run = handleSubmit((bulk) => {
    const value =
      bulk.action === 'set_status'
        ? label('orderStatus', bulk.params.status)
        : bulk.action === 'assign_shipping_method'
          ? (methods.find((m) => m.id === bulk.params.shippingMethodId)?.name ?? '')
          : bulk.action === 'cancel'
            ? bulk.params.reason
            : bulk.params.tag;
    onStart(bulk, t(`description.${bulk.action}`, { value, count }));
  });

  const onCsv = async (file: File): Promise<void> => {
    clearErrors('root');
    const { shipments, problems } = parseTrackingCsv(await file.text(), findOrderId);
    if (problems.length > 0) {
      const lines = problems
        .slice(0, 3)
        .map((problem) => t(`csvLine.${problem.kind}`, { line: problem.line, number: problem.number }))
        .join('; ');
      setError('root.csv', { type: 'csv', message: t('csvProblems', { lines }) });
    }
    if (shipments.length === 0) return;
    onStart(
      parseBulkAction('mark_shipped', { shipments }),
      t('description.mark_shipped', { count: shipments.length, value: '' }),
      shipments.map((s) => s.orderId),
    );
  };

  const noStatus = action === 'set_status' && statusTargets.length === 0;
  const csvProblem = formState.errors.root?.csv?.message;
  return (
    <form className="bulk-bar" data-testid="bulk-bar" noValidate onSubmit={(event) => void run(event)}>
      <ChoiceSelect
        aria-label={t('action')}
        choices={toChoices(
          available,
          (name) => name,
          (name) => t(`actions.${name}`),
        )}
        {...register('action')}
      />
      <BulkParameterField
        action={action}
        register={register}
        control={control}
        stateOf={stateOf}
        statusTargets={statusTargets}
        methods={methods}
      />
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
          type="submit"
          className="primary"
          disabled={disabled || count === 0 || noStatus}
          aria-describedby={noStatus ? 'bulk-no-status' : undefined}
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
      {csvProblem && (
        <span className="error" role="alert">
          {csvProblem}
        </span>
      )}
    </form>
  );
}
