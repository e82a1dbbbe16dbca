import { useMemo } from 'react';
import type { ShippingMethod } from '../../../../shared/schemas/shipping-method';
import { useAllShippingMethods } from '../shipping-methods/use-all-shipping-methods';

/** Active shipping methods replicated to this device, by name (works offline). */
export function useShippingMethods(): ShippingMethod[] {
  const all = useAllShippingMethods();
  // the full list is ordered active first, then by name: filtering keeps the name order
  return useMemo(() => all.filter((method) => method.active), [all]);
}
