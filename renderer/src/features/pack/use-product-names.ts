import { map } from 'rxjs';
import { productSchema } from '../../../../shared/schemas/product';
import { useData } from '../../data/data-context';
import { useObservable } from '../../data/use-observable';

/** Catalog product names by 14-digit GTIN, from the replicated products (works offline). */
export function useProductNamesByGtin(): ReadonlyMap<string, string> {
  const { db } = useData();
  return useObservable(
    () =>
      db.products.find().$.pipe(
        map((docs) => {
          const names = new Map<string, string>();
          for (const doc of docs) {
            const parsed = productSchema.safeParse(doc.toJSON());
            if (parsed.success && parsed.data.gtin) names.set(parsed.data.gtin, parsed.data.name);
          }
          return names;
        }),
      ),
    new Map<string, string>(),
    [db],
  );
}
