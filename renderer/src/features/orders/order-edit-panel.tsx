import { useState } from 'react';
import type { Order } from '../../../../shared/schemas/order';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import { useData } from '../../data/data-context';
import { dispatchOrderCommand } from '../../data/dispatch-command';
import { useT } from '../../i18n/use-t';
import { useFormat } from '../../i18n/format';
import { describeError, describeIssue } from '../../i18n/error-text';
import { useAllShippingMethods } from '../shipping-methods/use-all-shipping-methods';
import { AddressFields } from './address-fields';
import { TagChipsInput } from './tag-chips-input';
import {
  draftOf,
  fieldErrorsOf,
  logisticsLockReason,
  planOrderEdit,
  withoutErrorsOf,
  type EditSummary,
  type FieldErrors,
  type OrderEditDraft,
  type RefusalWords,
} from './order-edit-form';
import './order-edit.css';

/** "Edit" for users with orders.edit: notes, tags, addresses and shipping method, queued offline. */
export function OrderEditPanel({ order }: { order: Order }) {
  const data = useData();
  const t = useT('orders');
  const errorsT = useT('errors');
  const fmt = useFormat();
  const fieldLabelOf = useFieldLabel();
  const [draft, setDraft] = useState<OrderEditDraft | undefined>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  if (!hasPermission(data.session.user, 'orders.edit')) return null;
  if (!draft)
    return (
      <div className="order-edit-closed">
        <button
          type="button"
          onClick={() => {
            setDraft(draftOf(order));
            setErrors({});
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

  const change = (patch: Partial<OrderEditDraft>): void => {
    setDraft({ ...draft, ...patch });
    setErrors((current) => withoutErrorsOf(current, Object.keys(patch)));
  };
  const save = async (): Promise<void> => {
    const summarize: EditSummary = (kind, number, detail) => {
      if (kind === 'edit')
        return t('edit.summaryEdit', {
          number,
          fields: detail.map((field) => fieldLabelOf(field)).join(', '),
        });
      return t(kind === 'addTags' ? 'edit.summaryAddTags' : 'edit.summaryRemoveTags', {
        number,
        tags: detail.join(', '),
      });
    };
    const words: RefusalWords = {
      issue: (issue) => describeIssue(issue, errorsT, fmt, { currency: order.currency }),
      whole: (error) => describeError(error, errorsT, fmt, { currency: order.currency }),
      locked: t('edit.lockedShipped'),
    };
    const commands = planOrderEdit(order, draft, summarize);
    if (commands.length === 0) return setErrors({ form: t('edit.nothingChanged') });
    setSaving(true);
    let queued = 0;
    for (const command of commands) {
      const result = await dispatchOrderCommand(data, { ...command, orderId: order.id });
      if (!result.ok) {
        setErrors(fieldErrorsOf(result.error, command.type, words));
        setSaving(false);
        if (queued > 0) setMessage(t('edit.partlyQueued', { done: queued, total: commands.length }));
        return;
      }
      queued += 1;
    }
    setSaving(false);
    setDraft(undefined);
    setMessage(t('edit.saved'));
  };

  return (
    <form
      className="card order-edit"
      aria-label={t('edit.form')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{t('edit.title', { number: order.number })}</h3>
      <label className="notes-field">
        {t('edit.notes')}
        <textarea
          rows={3}
          maxLength={5000}
          value={draft.notes}
          aria-invalid={errors.notes ? true : undefined}
          onChange={(e) => change({ notes: e.target.value })}
        />
        {errors.notes && <span className="field-error">{errors.notes}</span>}
      </label>
      <label className="notes-field">
        {t('edit.buyerReference')}
        <input
          type="text"
          maxLength={100}
          value={draft.buyerReference}
          aria-invalid={errors.buyerReference ? true : undefined}
          onChange={(e) => change({ buyerReference: e.target.value })}
        />
        <span className="muted">{t('edit.buyerReferenceHint')}</span>
        {errors.buyerReference && <span className="field-error">{errors.buyerReference}</span>}
      </label>
      <TagChipsInput tags={draft.tags} error={errors.tags} onChange={(tags) => change({ tags })} />
      <LogisticsFields order={order} draft={draft} errors={errors} onChange={change} />
      {errors.form && (
        <p className="error" role="alert">
          {errors.form}
        </p>
      )}
      {message && <p className="muted">{message}</p>}
      <div className="row">
        <button type="submit" className="primary" disabled={saving}>
          {t('edit.save')}
        </button>
        <button type="button" disabled={saving} onClick={() => setDraft(undefined)}>
          {t('edit.discard')}
        </button>
      </div>
    </form>
  );
}

const summaryFields = ['notes', 'shippingAddress', 'billingAddress', 'shippingMethodId', 'tags'] as const;

/** A changed field as the summary names it (unknown ones as they are). */
function useFieldLabel(): (field: string) => string {
  const t = useT('orders');
  return (field) => {
    const known = summaryFields.find((name) => name === field);
    return known ? t(`field.${known}`) : field;
  };
}

/** Addresses and shipping method, locked with the reason once anything shipped. */
function LogisticsFields({
  order,
  draft,
  errors,
  onChange,
}: {
  order: Order;
  draft: OrderEditDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<OrderEditDraft>) => void;
}) {
  const t = useT('orders');
  const methods = useAllShippingMethods();
  const lock = logisticsLockReason(order);
  const locked =
    lock === undefined ? undefined : t(lock === 'cancelled' ? 'edit.lockedCancelled' : 'edit.lockedShipped');
  const offered = methods.filter((m) => m.active || m.id === draft.shippingMethodId);
  return (
    <>
      {locked && (
        <p className="notice" data-testid="logistics-locked">
          {locked}
        </p>
      )}
      <div className="address-pair">
        <AddressFields
          legend={t('detail.shippingAddress')}
          prefix="shippingAddress"
          value={draft.shippingAddress}
          errors={errors}
          disabled={locked !== undefined}
          onChange={(shippingAddress) => onChange({ shippingAddress })}
        />
        <AddressFields
          legend={t('detail.billingAddress')}
          prefix="billingAddress"
          value={draft.billingAddress}
          errors={errors}
          disabled={locked !== undefined}
          onChange={(billingAddress) => onChange({ billingAddress })}
        />
      </div>
      <label className="method-field">
        {t('edit.shippingMethod')}
        <select
          value={draft.shippingMethodId}
          disabled={locked !== undefined}
          title={locked}
          aria-invalid={errors.shippingMethodId ? true : undefined}
          onChange={(e) => onChange({ shippingMethodId: e.target.value })}
        >
          <option value="">{t('edit.noMethod')}</option>
          {offered.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({m.carrier}){m.active ? '' : t('edit.inactive')}
            </option>
          ))}
        </select>
        <span className="muted">{t('edit.methodHint')}</span>
        {errors.shippingMethodId && <span className="field-error">{errors.shippingMethodId}</span>}
      </label>
    </>
  );
}
