import type {
  ShippingMethod,
  ShippingMethodInput,
  ShippingMethodPatch,
} from '../../shared/schemas/shipping-method';
import { DomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { withWriteTransaction } from '../db/write-scope';
import { docText, liveDocs } from '../db/doc-queries';
import { run } from '../db/kysely';
import type { AppContext } from './app-context';

/** Every shipping method of the store, active or not, by name. */
export async function listShippingMethods(app: AppContext, storeId: string): Promise<ShippingMethod[]> {
  const rows = await run(
    app.db,
    liveDocs('shipping_methods', storeId).select('data').orderBy(docText('name')).orderBy('id'),
  );
  return rows.map((row) =>
    typeof row.data === 'string' ? (JSON.parse(row.data) as ShippingMethod) : (row.data as ShippingMethod),
  );
}

/** Creates a shipping method in one write transaction (replicated to devices). */
export async function createShippingMethod(
  app: AppContext,
  storeId: string,
  input: ShippingMethodInput,
): Promise<ShippingMethod> {
  const method: ShippingMethod = {
    ...input,
    id: newId(),
    storeId,
    version: 1,
    updatedAt: app.now().toISOString(),
  };
  await withWriteTransaction(app.db, app.feed, storeId, (scope) => {
    scope.putDoc('shipping_methods', method);
    scope.touch('shipping_methods');
  });
  return method;
}

/** Changes fields of a shipping method, locked, in one write transaction; 404 when absent. */
export async function updateShippingMethod(
  app: AppContext,
  storeId: string,
  id: string,
  patch: ShippingMethodPatch,
): Promise<ShippingMethod> {
  return withWriteTransaction(app.db, app.feed, storeId, async (scope) => {
    const stored = await scope.getDoc<ShippingMethod>('shipping_methods', id, { storeId });
    if (!stored || stored.deleted) throw new DomainError('NOT_FOUND', `Shipping method ${id} not found`);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const method: ShippingMethod = {
      ...stored.data,
      ...defined,
      version: stored.version + 1,
      updatedAt: app.now().toISOString(),
    };
    scope.putDoc('shipping_methods', method);
    scope.touch('shipping_methods');
    return method;
  });
}
