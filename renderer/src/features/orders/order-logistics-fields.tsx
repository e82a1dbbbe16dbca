import { useController, type UseFormReturn } from 'react-hook-form';
import { LabelledField } from '../../forms/labelled-field';
import type { Order } from '../../../../shared/schemas/order';
import { useT } from '../../i18n/use-t';
import { useAllShippingMethods } from '../shipping-methods/use-all-shipping-methods';
import { FormAddress } from './form-address';
import { logisticsLockReason, type OrderEditDraft, type PlannedEditCommand } from './order-edit-form';

const addressPrefixes = ['shippingAddress', 'billingAddress'] as const;

type EditForm = UseFormReturn<OrderEditDraft, unknown, PlannedEditCommand[]>;

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
  return (
    <>
      {locked && (
        <p className="notice" data-testid="logistics-locked">
          {locked}
        </p>
      )}
      <div className="address-pair">
        {addressPrefixes.map((prefix) => (
          <FormAddress
            key={prefix}
            form={form}
            prefix={prefix}
            legend={t(`detail.${prefix}`)}
            disabled={locked !== undefined}
            errorAt={errorAt}
          />
        ))}
      </div>
      <LabelledField
        className="method-field"
        id="edit-method"
        label={t('edit.shippingMethod')}
        error={errorAt('shippingMethodId')}
        hint={t('edit.methodHint')}
      >
        {(aria) => (
          <select
            {...form.register('shippingMethodId')}
            disabled={locked !== undefined}
            title={locked}
            {...aria}
          >
            <option value="">{t('edit.noMethod')}</option>
            {offered.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} ({m.carrier}){m.active ? '' : t('edit.inactive')}
              </option>
            ))}
          </select>
        )}
      </LabelledField>
    </>
  );
}
