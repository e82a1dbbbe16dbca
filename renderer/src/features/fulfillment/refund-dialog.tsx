import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ModalDialog } from '../../app/modal-dialog';
import type { Order } from '../../../../shared/schemas/order';
import { newId } from '../../../../shared/ids';
import { refundableAmount } from '../../../../shared/domain/order/refund-amounts';
import { useData } from '../../data/data-context';
import { dispatchOrderCommand } from '../../data/dispatch-command';
import { useErrorText } from '../../i18n/error-text';
import { moneyInputValue, useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { ItemQuantityInput } from './item-quantity-input';
import {
  emptyRefundDraft,
  refundDraftAmount,
  refundDraftSchema,
  refundProblemOf,
  type RefundDraft,
  type RefundRequest,
} from './refund-schema';

/** Refund by items or by amount, with restock and a reason; queued offline, paid back by the server. */
export function RefundDialog({ order, onClose }: { order: Order; onClose: () => void }) {
  const data = useData();
  const t = useT('fulfillment');
  const common = useT('common');
  const fmt = useFormat();
  const errorText = useErrorText();
  const [error, setError] = useState<string | undefined>();
  const schema = useMemo(() => refundDraftSchema(order), [order]);
  const { register, handleSubmit, control, watch, formState } = useForm<RefundDraft, unknown, RefundRequest>({
    defaultValues: emptyRefundDraft,
    resolver: zodResolver(schema),
  });
  const draft = watch();
  const mode = draft.mode;
  const money = (minor: number): string => fmt.money(minor, order.currency);
  const refundable = refundableAmount(order);
  const amount = refundDraftAmount(order, draft);
  const problem = refundProblemOf(order, draft);
  const sentence = (key: string): string =>
    key === 'amountInvalid'
      ? t('refundDialog.amountInvalid', { example: moneyInputValue(1990, order.currency, fmt.locale) })
      : key === 'amountTooHigh'
        ? t('refundDialog.amountTooHigh', { amount: money(refundable) })
        : t(`refundDialog.${key as 'needItems' | 'needAmount' | 'needReason'}`);
  const blocked = problem && sentence(problem.problem);
  // The problem is shown once, as the button's disabled reason; a typed amount it concerns points to it.
  const amountWrong = problem?.field === 'amountText' && problem.problem !== 'needAmount';

  const refund = handleSubmit(async (request) => {
    const payload =
      request.mode === 'items'
        ? { refundId: newId(), items: request.items, restock: request.restock, reason: request.reason }
        : { refundId: newId(), amount: request.amount, restock: false, reason: request.reason };
    const result = await dispatchOrderCommand(data, {
      type: 'order.refund',
      orderId: order.id,
      payload,
      summary: t('refundDialog.summary', { amount: money(request.amount), number: order.number }),
    });
    if (result.ok) onClose();
    else
      setError(errorText(result.error, { currency: order.currency, rowOf: (index) => request.rows[index] }));
  });

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
          <input type="radio" value="items" {...register('mode')} /> {t('refundDialog.byItems')}
        </label>
        <label>
          <input type="radio" value="amount" {...register('mode')} /> {t('refundDialog.byAmount')}
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
                  <Controller
                    control={control}
                    name="quantities"
                    render={({ field: { value, onChange } }) => (
                      <ItemQuantityInput
                        value={value[item.id] ?? 0}
                        max={item.quantity - item.quantityRefunded}
                        label={t('refundDialog.quantityOf', { name: item.product.name })}
                        onChange={(quantity) => onChange({ ...value, [item.id]: quantity })}
                      />
                    )}
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
            {...register('amountText')}
            placeholder={moneyInputValue(0, order.currency, fmt.locale)}
            aria-invalid={amountWrong}
            aria-describedby={amountWrong ? 'refund-blocked' : undefined}
          />
        </label>
      )}
      {mode === 'items' && (
        <label className="inline">
          <input type="checkbox" {...register('restock')} /> {t('refundDialog.restock')}
        </label>
      )}
      <label>
        {t('refundDialog.reason')}
        <input {...register('reason')} placeholder={t('refundDialog.reasonPlaceholder')} />
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
          disabled={blocked !== undefined || formState.isSubmitting}
          title={blocked}
          aria-describedby={blocked ? 'refund-blocked' : undefined}
          onClick={(event) => void refund(event)}
        >
          {t('refundDialog.submit')}
        </button>
        {blocked && (
          <span className="muted disabled-reason" id="refund-blocked">
            {blocked}
          </span>
        )}
      </div>
    </ModalDialog>
  );
}
