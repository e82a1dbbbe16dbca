import { useState } from 'react';
import type { Order } from '../../../../shared/schemas/order';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import { useData } from '../../data/data-context';
import { dispatchOrderCommand } from '../../data/dispatch-command';
import { useAllShippingMethods } from '../shipping-methods/use-all-shipping-methods';
import { AddressFields } from './address-fields';
import { TagChipsInput } from './tag-chips-input';
import {
  draftOf,
  fieldErrorsOf,
  logisticsLockReason,
  planOrderEdit,
  withoutErrorsOf,
  type FieldErrors,
  type OrderEditDraft,
} from './order-edit-form';
import './order-edit.css';

/** "Edit" for users with orders.edit: notes, tags, addresses and shipping method, queued offline. */
export function OrderEditPanel({ order }: { order: Order }) {
  const data = useData();
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
          Edit order
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
    const commands = planOrderEdit(order, draft);
    if (commands.length === 0) return setErrors({ form: 'Nothing changed' });
    setSaving(true);
    let queued = 0;
    for (const command of commands) {
      const result = await dispatchOrderCommand(data, { ...command, orderId: order.id });
      if (!result.ok) {
        setErrors(fieldErrorsOf(result.error, command.type));
        setSaving(false);
        if (queued > 0) setMessage(`${queued} of ${commands.length} changes queued`);
        return;
      }
      queued += 1;
    }
    setSaving(false);
    setDraft(undefined);
    setMessage('Changes saved on this workstation; they sync when online.');
  };

  return (
    <form
      className="card order-edit"
      aria-label="Edit order"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>Edit order #{order.number}</h3>
      <label className="notes-field">
        Notes
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
        Buyer reference (Leitweg-ID)
        <input
          type="text"
          maxLength={100}
          value={draft.buyerReference}
          aria-invalid={errors.buyerReference ? true : undefined}
          onChange={(e) => change({ buyerReference: e.target.value })}
        />
        <span className="muted">With a buyer reference the e-invoice XML is an XRechnung.</span>
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
          Save changes
        </button>
        <button type="button" disabled={saving} onClick={() => setDraft(undefined)}>
          Discard
        </button>
      </div>
    </form>
  );
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
  const methods = useAllShippingMethods();
  const locked = logisticsLockReason(order);
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
          legend="Shipping address"
          prefix="shippingAddress"
          value={draft.shippingAddress}
          errors={errors}
          disabled={locked !== undefined}
          onChange={(shippingAddress) => onChange({ shippingAddress })}
        />
        <AddressFields
          legend="Billing address"
          prefix="billingAddress"
          value={draft.billingAddress}
          errors={errors}
          disabled={locked !== undefined}
          onChange={(billingAddress) => onChange({ billingAddress })}
        />
      </div>
      <label className="method-field">
        Shipping method
        <select
          value={draft.shippingMethodId}
          disabled={locked !== undefined}
          title={locked}
          aria-invalid={errors.shippingMethodId ? true : undefined}
          onChange={(e) => onChange({ shippingMethodId: e.target.value })}
        >
          <option value="">None</option>
          {offered.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({m.carrier}){m.active ? '' : ' — inactive'}
            </option>
          ))}
        </select>
        <span className="muted">Changing the method keeps the shipping cost charged.</span>
        {errors.shippingMethodId && <span className="field-error">{errors.shippingMethodId}</span>}
      </label>
    </>
  );
}
