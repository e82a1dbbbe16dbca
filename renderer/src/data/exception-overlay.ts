import type { Order } from '../../../shared/schemas/order';
import type { OrderItemException } from '../../../shared/schemas/order-exception';
import type { Product } from '../../../shared/schemas/product';
import type { StaffUser } from '../../../shared/schemas/user';
import {
  ignoreException,
  resolveException,
  type ExceptionContext,
} from '../../../shared/domain/exceptions/exception-commands';
import { bulkResolveByGtin } from '../../../shared/domain/exceptions/bulk-resolve-exceptions';
import { normalizeGtin } from '../../../shared/domain/exceptions/gtin';
import type { OutboxEntry } from './local-schemas';

/** The local exceptions and products an exception command needs to be replayed on the device. */
export interface ExceptionData {
  exception(id: string): OrderItemException | undefined;
  /** The exceptions of one order (any status). */
  forOrder(orderId: string): readonly OrderItemException[];
  /** The exceptions with one GTIN-14 (any status). */
  withGtin(gtin14: string): readonly OrderItemException[];
  product(id: string): Product | undefined;
}

export const exceptionCommandTypes = [
  'exception.resolve',
  'exception.ignore',
  'exception.bulk_resolve',
] as const;

export function isExceptionCommand(entry: Pick<OutboxEntry, 'type'>): boolean {
  return (exceptionCommandTypes as readonly string[]).includes(entry.type);
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The GTIN-14 of a bulk entry's payload, if valid. */
export function bulkGtin(entry: OutboxEntry): string | undefined {
  const gtin = text(entry.payload.gtin);
  const normalized = gtin === undefined ? undefined : normalizeGtin(gtin);
  return normalized?.ok ? normalized.gtin14 : undefined;
}

/** The product an entry matches items to (resolve and bulk resolve). */
export function entryProductId(entry: OutboxEntry): string | undefined {
  return entry.type === 'exception.ignore' ? undefined : text(entry.payload.productId);
}

/**
 * The exception as the command found it on the server. An applied command's own result may have
 * replicated into the exception before the order caught up: that exception is replayed as still open.
 */
function asBefore(entry: OutboxEntry, exception: OrderItemException): OrderItemException {
  if (exception.status === 'open' || entry.status !== 'applied') return exception;
  const closedByThis =
    entry.type === 'exception.bulk_resolve'
      ? exception.resolution?.kind === 'bulk' && exception.resolution.productId === entry.payload.productId
      : exception.id === entry.targetId && exception.version <= (entry.appliedVersion ?? 0);
  return closedByThis ? { ...exception, status: 'open', resolution: null } : exception;
}

/** The exceptions an entry closes (as before the command), among those of `candidates`. */
function targetsOf(entry: OutboxEntry, candidates: readonly OrderItemException[]): OrderItemException[] {
  if (entry.type !== 'exception.bulk_resolve')
    return candidates.filter((e) => e.id === entry.targetId).map((e) => asBefore(entry, e));
  const gtin = bulkGtin(entry);
  return candidates
    .filter((e) => e.gtin === gtin)
    .map((e) => asBefore(entry, e))
    .filter((e) => e.status === 'open');
}

/** Ids of the orders an exception entry changes, as far as this device knows (empty: skip it). */
export function ordersTouchedBy(entry: OutboxEntry, data: ExceptionData): string[] {
  if (entry.status === 'rejected' || !isExceptionCommand(entry)) return [];
  const productId = entryProductId(entry);
  if (productId !== undefined && !data.product(productId)) return [];
  if (entry.type !== 'exception.bulk_resolve') {
    const exception = data.exception(entry.targetId);
    return exception ? [exception.orderId] : [];
  }
  const gtin = bulkGtin(entry);
  if (gtin === undefined) return [];
  return [...new Set(targetsOf(entry, data.withGtin(gtin)).map((e) => e.orderId))];
}

/** The result of an exception entry on `order`, by the same shared functions the server runs. */
export function applyExceptionEntry(
  order: Order,
  entry: OutboxEntry,
  data: ExceptionData,
  actor: StaffUser,
): Order {
  if (entry.status === 'rejected' || order.events.some((event) => event.commandId === entry.id)) return order;
  let n = 0;
  const ctx: ExceptionContext = {
    actor,
    deviceId: entry.deviceId,
    commandId: entry.id,
    now: entry.createdAt,
    newId: () => (n++ === 0 ? entry.id : `${entry.id}:${n}`),
  };
  const targets = targetsOf(entry, data.forOrder(order.id));
  const productId = entryProductId(entry);
  const product = productId === undefined ? undefined : data.product(productId);
  const [target] = targets;
  if (!target) return order;
  const note = text(entry.payload.note);
  const remember = entry.payload.remember === true;
  if (entry.type === 'exception.ignore')
    return ignoreException(order, target, { reason: text(entry.payload.reason) ?? '' }, ctx).order;
  if (!product) return order;
  if (entry.type === 'exception.resolve') {
    if (order.status === 'cancelled') return order; // the server refuses it (ignore instead)
    return resolveException(order, target, product, { remember, note }, ctx).order;
  }
  const byId = (id: string): Order | undefined =>
    id === order.id && order.status !== 'cancelled' ? order : undefined;
  return bulkResolveByGtin(targets, byId, target.gtin, product, { remember, note }, ctx).orders[0] ?? order;
}

/** Exception data over plain lists (a single order's view, tests). */
export function exceptionDataOf(
  exceptions: readonly OrderItemException[],
  products: readonly Product[],
): ExceptionData {
  const byId = new Map(exceptions.map((e) => [e.id, e]));
  const productById = new Map(products.map((p) => [p.id, p]));
  return {
    exception: (id) => byId.get(id),
    forOrder: (orderId) => exceptions.filter((e) => e.orderId === orderId),
    withGtin: (gtin14) => exceptions.filter((e) => e.gtin === gtin14),
    product: (id) => productById.get(id),
  };
}
