import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ModalDialog } from '../../app/modal-dialog';
import type { Order, OrderStatus } from '../../../../shared/schemas/order';
import { allowedStatusTargets, canCancelFromStatus } from '../../../../shared/domain/order/status-machine';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import { useData } from '../../data/data-context';
import { dispatchOrderCommand } from '../../data/dispatch-command';
import { useEnumLabel } from '../../i18n/enum-label';
import { useErrorText } from '../../i18n/error-text';
import { useT } from '../../i18n/use-t';
import { emptyReasonDraft, hasReason, reasonDraftSchema, type ReasonDraft } from '../../forms/reason-schema';

const actionKeys = ['confirmed', 'processing', 'on_hold', 'delivered', 'completed'] as const;
type ActionKey = (typeof actionKeys)[number];
const isActionKey = (status: OrderStatus): status is ActionKey =>
  (actionKeys as readonly string[]).includes(status);

/** Status buttons the state machine and the user's permissions allow, and cancel with a reason. */
export function OrderActions({ order }: { order: Order }) {
  const data = useData();
  const t = useT('orders');
  const label = useEnumLabel();
  const errorText = useErrorText();
  const user = data.session.user;
  const [error, setError] = useState<string | undefined>();
  const [cancelOpen, setCancelOpen] = useState(false);
  const cancelForm = useForm<ReasonDraft>({
    defaultValues: emptyReasonDraft,
    resolver: zodResolver(reasonDraftSchema),
  });
  const targets = hasPermission(user, 'orders.edit')
    ? allowedStatusTargets(order.status, order.statusBeforeHold)
    : [];
  const canCancel =
    hasPermission(user, 'orders.cancel') &&
    canCancelFromStatus(order.status, order.statusBeforeHold) &&
    order.items.every((i) => i.quantityShipped === 0);

  const run = async (type: string, payload: Record<string, unknown>, summary: string): Promise<boolean> => {
    const result = await dispatchOrderCommand(data, { type, orderId: order.id, payload, summary });
    setError(result.ok ? undefined : errorText(result.error, { currency: order.currency }));
    return result.ok;
  };
  const buttonText = (status: OrderStatus): string => {
    if (order.status === 'on_hold') return t('action.release', { status: label('orderStatus', status) });
    return isActionKey(status) ? t(`action.${status}`) : label('orderStatus', status);
  };
  const noReason = !hasReason(cancelForm.watch());
  const cancel = cancelForm.handleSubmit(async ({ reason }) => {
    const ok = await run('order.cancel', { reason }, t('action.summaryCancel', { number: order.number }));
    if (ok) setCancelOpen(false);
  });

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
              t('action.summaryStatus', {
                number: order.number,
                from: label('orderStatus', order.status),
                to: label('orderStatus', status),
              }),
            )
          }
        >
          {buttonText(status)}
        </button>
      ))}
      {canCancel && (
        <button type="button" className="danger" onClick={() => setCancelOpen(true)}>
          {t('action.cancel')}
        </button>
      )}
      {!hasPermission(user, 'orders.edit') && <span className="muted">{t('action.viewOnly')}</span>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {cancelOpen && (
        <ModalDialog title={t('action.cancelDialog')} onCancel={() => setCancelOpen(false)}>
          <label>
            {t('action.cancelReason', { number: order.number })}
            <input
              {...cancelForm.register('reason')}
              data-autofocus
              placeholder={t('action.cancelPlaceholder')}
            />
          </label>
          <div className="row">
            <button type="button" onClick={() => setCancelOpen(false)}>
              {t('action.keep')}
            </button>
            <button
              type="button"
              className="danger"
              disabled={noReason || cancelForm.formState.isSubmitting}
              title={noReason ? t('action.reasonNeeded') : undefined}
              aria-describedby={noReason ? 'cancel-reason-needed' : undefined}
              onClick={(event) => void cancel(event)}
            >
              {t('action.confirmCancel')}
            </button>
            {noReason && (
              <span className="muted disabled-reason" id="cancel-reason-needed">
                {t('action.reasonNeeded')}
              </span>
            )}
          </div>
        </ModalDialog>
      )}
    </div>
  );
}
