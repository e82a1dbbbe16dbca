import { map } from 'rxjs';
import { shippingMethodSchema, type ShippingMethod } from '../../../../shared/schemas/shipping-method';
import { useData } from '../../data/data-context';
import { useObservable } from '../../data/use-observable';

/** Active shipping methods replicated to this device, by name (works offline). */
export function useShippingMethods(): ShippingMethod[] {
  const { db } = useData();
  return useObservable(
    () =>
      db.shippingmethods.find().$.pipe(
        map((docs) =>
          docs
            .flatMap((doc) => {
              const parsed = shippingMethodSchema.safeParse(doc.toJSON());
              return parsed.success && parsed.data.active ? [parsed.data] : [];
            })
            .sort((a, b) => a.name.localeCompare(b.name)),
        ),
      ),
    [],
    [db],
  );
}
