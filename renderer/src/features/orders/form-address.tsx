import { useController, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { AddressFields } from './address-fields';
import type { AddressDraft } from './order-edit-form';

/** What a form holding the two addresses of an order has in common (the edit and the new-order form). */
interface AddressPairDraft {
  shippingAddress: AddressDraft;
  billingAddress: AddressDraft;
}

/** One address of a react-hook-form order form: its inputs registered, its country picker controlled. */
export function FormAddress<Draft extends AddressPairDraft & FieldValues, Out>({
  form,
  prefix,
  legend,
  disabled,
  errorAt,
}: {
  form: UseFormReturn<Draft, unknown, Out>;
  prefix: 'shippingAddress' | 'billingAddress';
  legend: string;
  disabled: boolean;
  errorAt: (path: string) => string | undefined;
}) {
  // react-hook-form cannot type `${prefix}.country` of a generic draft; the constraint above guarantees it.
  const pair = form as unknown as UseFormReturn<AddressPairDraft>;
  const country = useController({ control: pair.control, name: `${prefix}.country` });
  return (
    <AddressFields
      legend={legend}
      prefix={prefix}
      disabled={disabled}
      register={(key) => pair.register(`${prefix}.${key}`)}
      country={{ value: country.field.value, onChange: country.field.onChange }}
      errorOf={(key) => errorAt(key === undefined ? prefix : `${prefix}.${key}`)}
    />
  );
}
