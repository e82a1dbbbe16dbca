import { Controller, type Control, type UseFormRegister } from 'react-hook-form';
import type { OrderStatus } from '../../../../shared/schemas/order';
import type { BulkActionName } from '../../../../shared/domain/order/bulk-actions';
import type { FieldState } from '../../forms/field-a11y';
import { ChoiceSelect, toChoices } from '../../forms/choice-select';
import { ShippingMethodSelect } from '../shipping-methods/shipping-method-select';
import { useEnumLabel } from '../../i18n/enum-label';
import { useT } from '../../i18n/use-t';
import { shownStatus, type BulkDraft, type BulkField, type FormBulkAction } from './bulk-form-schema';

const aria = (state: FieldState) => ({
  'aria-invalid': state.invalid || undefined,
  'aria-describedby': state.describedBy,
});

/**
 * The parameter field of the chosen bulk action (new status, tag or cancel reason, shipping method),
 * its problem sentence underneath; nothing for actions without one.
 */
export function BulkParameterField({
  action,
  register,
  control,
  stateOf,
  statusTargets,
  methods,
}: {
  action: BulkActionName;
  register: UseFormRegister<BulkDraft>;
  control: Control<BulkDraft, unknown, FormBulkAction>;
  stateOf: (field: BulkField) => FieldState;
  statusTargets: readonly OrderStatus[];
  methods: readonly { id: string; name: string }[];
}) {
  const t = useT('bulk');
  const label = useEnumLabel();
  if (action === 'set_status') {
    if (statusTargets.length === 0)
      return (
        <span className="muted" id="bulk-no-status">
          {t('noCommonStatus')}
        </span>
      );
    const state = stateOf('status');
    return (
      <span className="bulk-field">
        <Controller
          control={control}
          name="status"
          render={({ field }) => (
            <ChoiceSelect
              aria-label={t('newStatus')}
              choices={toChoices(
                statusTargets,
                (status) => status,
                (status) => label('orderStatus', status),
              )}
              {...field}
              value={shownStatus(field.value, statusTargets) ?? ''}
              {...aria(state)}
            />
          )}
        />
        {state.message}
      </span>
    );
  }
  if (action === 'add_tag' || action === 'remove_tag' || action === 'cancel') {
    const state = stateOf('text');
    const name = action === 'cancel' ? t('cancelReason') : t('tag');
    return (
      <span className="bulk-field">
        <input
          aria-label={name}
          placeholder={action === 'cancel' ? t('reason') : t('tag')}
          {...register('text')}
          {...aria(state)}
        />
        {state.message}
      </span>
    );
  }
  if (action === 'assign_shipping_method') {
    const state = stateOf('methodId');
    return (
      <span className="bulk-field">
        <ShippingMethodSelect
          aria-label={t('shippingMethod')}
          placeholder={t('choose')}
          methods={methods}
          {...register('methodId')}
          {...aria(state)}
        />
        {state.message}
      </span>
    );
  }
  return null;
}
