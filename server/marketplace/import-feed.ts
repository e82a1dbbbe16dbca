import { afterOrderWritten } from '../services/after-order-written';
import type { Order } from '../../shared/schemas/order';
import type { OrderItemException } from '../../shared/schemas/order-exception';
import type { MarketplaceFeedEnvelope } from '../../shared/schemas/marketplace-feed';
import type { ImportFeedResponse, ImportOrderResult } from '../../shared/schemas/marketplace-import';
import type { StaffUser } from '../../shared/schemas/user';
import { storeSchema, type Store } from '../../shared/schemas/store';
import type { StoreVatContext } from '../../shared/domain/vat/decide-order-vat';
import { storeVatContext } from '../services/storefront-store';
import { DomainError, isDomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { buildImportedOrder, parseFeedOrder } from '../../shared/domain/exceptions/import-marketplace-order';
import { normalizeGtin } from '../../shared/domain/exceptions/gtin';
import { docText } from '../db/doc-queries';
import { getDoc } from '../db/doc-store';
import { qb, run, runFirst } from '../db/kysely';
import { withWriteTransaction, type WriteScope } from '../db/write-scope';
import type { Queryable } from '../db/sql-client';
import type { AppContext } from '../services/app-context';
import { allocateOrderNumber } from '../services/allocate-order-number';
import { applyStockEffects } from '../services/stock-effects';
import { customerIdsOf, refreshCustomerStats } from '../services/customer-stats';
import { productsByGtin, productsById } from './catalog-lookup';
import { loadMappings } from './marketplace-mappings';

/**
 * Imports a marketplace feed order by order, each in its own transaction: an invalid order is
 * reported and writes nothing; an externalId already imported for this marketplace is left as it is.
 */
export async function importMarketplaceFeed(
  app: AppContext,
  user: StaffUser,
  feed: MarketplaceFeedEnvelope,
): Promise<ImportFeedResponse> {
  const store = await loadStore(app.db, user.storeId);
  const vat = await storeVatContext(app.db, store);
  const results: ImportOrderResult[] = [];
  for (const [index, raw] of feed.orders.entries()) {
    results.push(
      await importOne(app, user, {
        marketplace: feed.marketplace,
        raw,
        index,
        currency: store.currency,
        vat,
      }),
    );
  }
  const count = (status: ImportOrderResult['status']): number =>
    results.filter((r) => r.status === status).length;
  return {
    marketplace: feed.marketplace,
    created: count('created'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    results,
  };
}

interface OneOrder {
  marketplace: string;
  raw: unknown;
  index: number;
  currency: string;
  vat: StoreVatContext;
}

async function importOne(app: AppContext, user: StaffUser, input: OneOrder): Promise<ImportOrderResult> {
  try {
    const parsed = parseFeedOrder(input.raw, input.index);
    return await withWriteTransaction(app.db, app.feed, user.storeId, async (scope) => {
      const existing = await findImported(scope.tx, user.storeId, input.marketplace, parsed.externalId);
      if (existing) return existing;
      return createOrder(scope, user, input, app.now().toISOString());
    });
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return {
      externalId: readExternalId(input.raw),
      status: 'failed',
      error: { code: error.code, message: error.message },
      ...(error.issues ? { errors: error.issues } : {}),
    };
  }
}

async function createOrder(
  scope: WriteScope,
  user: StaffUser,
  input: OneOrder,
  now: string,
): Promise<ImportOrderResult> {
  const parsed = parseFeedOrder(input.raw, input.index);
  const gtins = parsed.items.flatMap((item) => {
    const result = normalizeGtin(item.gtin);
    return result.ok ? [result.gtin14] : [];
  });
  const mappings = await loadMappings(scope.tx, user.storeId, input.marketplace, gtins);
  const mapped = await productsById(scope.tx, user.storeId, [...mappings.values()]);
  const catalog = await productsByGtin(scope.tx, user.storeId, gtins);
  const built = buildImportedOrder(input.raw, {
    storeId: user.storeId,
    marketplace: input.marketplace,
    catalogByGtin: (gtin14) => catalog.get(gtin14),
    mappings: (gtin14) => mappings.get(gtin14),
    productById: (id) => mapped.get(id),
    number: await allocateOrderNumber(scope.tx, user.storeId),
    now,
    newId,
    currency: input.currency,
    index: input.index,
    vat: input.vat,
    actor: { id: user.id, name: user.name },
  });
  await applyStockEffects(scope, built.effects, now);
  scope.putDoc('orders', built.order);
  scope.touch('orders');
  await refreshCustomerStats(scope, user.storeId, customerIdsOf([built.order]), now);
  for (const exception of built.exceptions) scope.putDoc('order_exceptions', exception);
  if (built.exceptions.length > 0) scope.touch('order_exceptions');
  await afterOrderWritten(scope, null, built.order, now);
  await run(
    scope.tx,
    qb.insertInto('marketplace_imports').values({
      store_id: user.storeId,
      marketplace: input.marketplace,
      external_id: parsed.externalId,
      order_id: built.order.id,
    }),
  );
  return resultOf('created', built.order, built.exceptions);
}

async function findImported(
  db: Queryable,
  storeId: string,
  marketplace: string,
  externalId: string,
): Promise<ImportOrderResult | undefined> {
  const imported = await runFirst(
    db,
    qb
      .selectFrom('marketplace_imports')
      .select('order_id')
      .where('store_id', '=', storeId)
      .where('marketplace', '=', marketplace)
      .where('external_id', '=', externalId),
  );
  const orderId = imported?.order_id;
  if (orderId === undefined) return undefined;
  const order = await getDoc<Order>(db, 'orders', orderId, { storeId });
  if (!order) throw new DomainError('CONFLICT', `Order ${externalId} was imported but its order is missing`);
  const exceptions = await run(
    db,
    qb
      .selectFrom('docs')
      .select('data')
      .where('collection', '=', 'order_exceptions')
      .where('store_id', '=', storeId)
      .where(docText('orderId'), '=', orderId)
      .orderBy('id'),
  );
  const parsed = exceptions.map(
    (row) => (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as OrderItemException,
  );
  return resultOf('unchanged', order.data, parsed);
}

function resultOf(
  status: 'created' | 'unchanged',
  order: Order,
  exceptions: readonly OrderItemException[],
): ImportOrderResult {
  return {
    externalId: order.externalId,
    status,
    orderId: order.id,
    orderNumber: order.number,
    exceptions: exceptions.map((e) => ({
      id: e.id,
      gtin: e.gtin,
      title: e.title,
      quantity: e.quantity,
      status: e.status,
    })),
  };
}

async function loadStore(db: Queryable, storeId: string): Promise<Store> {
  const raw = (await runFirst(db, qb.selectFrom('stores').select('data').where('id', '=', storeId)))?.data;
  const parsed = storeSchema.safeParse(typeof raw === 'string' ? JSON.parse(raw) : raw);
  if (!parsed.success) throw new DomainError('NOT_FOUND', 'The store of this user is not configured');
  return parsed.data;
}

function readExternalId(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('externalId' in value)) return null;
  return typeof value.externalId === 'string' ? value.externalId.trim() || null : null;
}
