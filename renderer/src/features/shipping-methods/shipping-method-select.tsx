import type { ComponentPropsWithRef } from 'react';
import type { ShippingMethod } from '../../../../shared/schemas/shipping-method';
import { ChoiceSelect } from '../../forms/choice-select';

/** A select of `methods` by name, led by an empty `placeholder` option. */
export function ShippingMethodSelect({
  methods,
  ...props
}: {
  methods: readonly Pick<ShippingMethod, 'id' | 'name'>[];
  placeholder: string;
} & Omit<ComponentPropsWithRef<'select'>, 'children'>) {
  return <ChoiceSelect choices={methods.map((m) => ({ value: m.id, label: m.name }))} {...props} />;
}
