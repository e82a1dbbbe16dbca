import { map } from 'rxjs';
import { shippingMethodSchema, type ShippingMethod } from '../../../../shared/schemas/shipping-method';
import { useData } from '../../data/data-context';
import { useObservable } from '../../data/use-observable';

/** Every replicated shipping method, active first, then by name (readable offline). */
export function useAllShippingMethods(): ShippingMethod[] {
  const { db } = useData();
  return useObservable(
    () =>
      db.shippingmethods.find().$.pipe(
        map((docs) =>
          docs
            .flatMap((doc) => {
              const parsed = shippingMethodSchema.safeParse(doc.toJSON());
              return parsed.success ? [parsed.data] : [];
            })
            .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name)),
        ),
      ),
    [],
    [db],
  );
}
