import { useController, type UseFormReturn } from 'react-hook-form';
import type { Order } from '../../../../shared/schemas/order';
import { useT } from '../../i18n/use-t';
import { useAllShippingMethods } from '../shipping-methods/use-all-shipping-methods';
import { AddressFields } from './address-fields';
import { logisticsLockReason, type OrderEditDraft, type PlannedEditCommand } from './order-edit-form';

type EditForm = UseFormReturn<OrderEditDraft, unknown, PlannedEditCommand[]>;

/** One address of the edit form: its inputs registered, its country picker controlled. */
function EditAddress({
  form,
  prefix,
  legend,
  disabled,
  errorAt,
}: {
  form: EditForm;
  prefix: 'shippingAddress' | 'billingAddress';
  legend: string;
  disabled: boolean;
  errorAt: (path: string) => string | undefined;
}) {
  const country = useController({ control: form.control, name: `${prefix}.country` });
  return (
    <AddressFields
      legend={legend}
      prefix={prefix}
      disabled={disabled}
      register={(key) => form.register(`${prefix}.${key}`)}
      country={{ value: country.field.value, onChange: country.field.onChange }}
      errorOf={(key) => errorAt(key === undefined ? prefix : `${prefix}.${key}`)}
    />
  );
}

/** Addresses and shipping method, locked with the reason once anything shipped. */
export function OrderLogisticsFields({
  order,
  form,
  errorAt,
}: {
  order: Order;
  form: EditForm;
  errorAt: (path: string) => string | undefined;
}) {
  const t = useT('orders');
  const methods = useAllShippingMethods();
  const method = useController({ control: form.control, name: 'shippingMethodId' });
  const lock = logisticsLockReason(order);
  const locked =
    lock === undefined ? undefined : t(lock === 'cancelled' ? 'edit.lockedCancelled' : 'edit.lockedShipped');
  const offered = methods.filter((m) => m.active || m.id === method.field.value);
  const methodError = errorAt('shippingMethodId');
  return (
    <>
      {locked && (
        <p className="notice" data-testid="logistics-locked">
          {locked}
        </p>
      )}
      <div className="address-pair">
        <EditAddress
          form={form}
          prefix="shippingAddress"
          legend={t('detail.shippingAddress')}
          disabled={locked !== undefined}
          errorAt={errorAt}
        />
        <EditAddress
          form={form}
          prefix="billingAddress"
          legend={t('detail.billingAddress')}
          disabled={locked !== undefined}
          errorAt={errorAt}
        />
      </div>
      <label className="method-field">
        {t('edit.shippingMethod')}
        <select
          {...form.register('shippingMethodId')}
          disabled={locked !== undefined}
          title={locked}
          aria-invalid={methodError ? true : undefined}
          aria-describedby={methodError ? 'edit-method-error' : 'edit-method-hint'}
        >
          <option value="">{t('edit.noMethod')}</option>
          {offered.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({m.carrier}){m.active ? '' : t('edit.inactive')}
            </option>
          ))}
        </select>
        <span className="muted" id="edit-method-hint">
          {t('edit.methodHint')}
        </span>
        {methodError && (
          <span className="field-error" id="edit-method-error">
            {methodError}
          </span>
        )}
      </label>
    </>
  );
}
