import type { ComponentPropsWithRef } from 'react';
import { ChoiceSelect } from '../../forms/choice-select';
import { useAllShippingMethods } from './use-all-shipping-methods';

/**
 * A select of the replicated shipping methods (active first; only the active ones with `activeOnly`),
 * led by an empty `placeholder` option.
 */
export function ShippingMethodSelect({
  activeOnly = false,
  ...props
}: { placeholder: string; activeOnly?: boolean } & Omit<ComponentPropsWithRef<'select'>, 'children'>) {
  const methods = useAllShippingMethods().filter((method) => !activeOnly || method.active);
  return <ChoiceSelect choices={methods.map((m) => ({ value: m.id, label: m.name }))} {...props} />;
}
