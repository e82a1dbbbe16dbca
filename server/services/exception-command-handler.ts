import type { Command } from '../../shared/schemas/command';
import type { Order } from '../../shared/schemas/order';
import type { Product } from '../../shared/schemas/product';
import type { StaffUser } from '../../shared/schemas/user';
import {
  bulkResolveExceptionsInputSchema,
  ignoreExceptionInputSchema,
  resolveExceptionInputSchema,
  type OrderItemException,
} from '../../shared/schemas/order-exception';
import { DomainError, parseOrThrow } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { assertPermission } from '../../shared/domain/order/permissions';
import {
  ignoreException,
  resolveException,
  type ExceptionContext,
} from '../../shared/domain/exceptions/exception-commands';
import { bulkResolveByGtin } from '../../shared/domain/exceptions/bulk-resolve-exceptions';
import { normalizeGtinOrThrow } from '../../shared/domain/exceptions/gtin';
import type { WriteScope } from '../db/write-scope';
import { upsertMappings } from '../marketplace/marketplace-mappings';
import { applyStockEffects } from './stock-effects';
import { loadOpenExceptionsByGtin } from './exceptions-query';
import { loadOrder } from './load-order';

/** Server authority for `exception.*` commands (resolve, ignore, bulk_resolve); returns the target's new version. */
export async function applyExceptionCommand(
  scope: WriteScope,
  user: StaffUser,
  command: Command,
  now: string,
): Promise<number> {
  assertPermission(user, 'orders.edit');
  const ctx: ExceptionContext = {
    actor: user,
    deviceId: command.deviceId,
    commandId: command.id,
    now,
    newId,
  };
  switch (command.type) {
    case 'exception.resolve':
      return resolveOne(scope, user, command, ctx);
    case 'exception.ignore':
      return ignoreOne(scope, user, command, ctx);
    case 'exception.bulk_resolve':
      return bulkResolve(scope, user, command, ctx);
    default:
      throw new DomainError('BAD_INPUT', `Unknown command type ${command.type}`);
  }
}

async function resolveOne(
  scope: WriteScope,
  user: StaffUser,
  command: Command,
  ctx: ExceptionContext,
): Promise<number> {
  const payload = parseOrThrow(resolveExceptionInputSchema, command.payload, 'payload');
  const exception = await loadException(scope, user.storeId, command.targetId);
  const order = await loadOrder(scope, user.storeId, exception.orderId);
  const product = await loadProduct(scope, user.storeId, payload.productId);
  if (exception.status === 'open') assertNotCancelled(order);
  const result = resolveException(
    order,
    exception,
    product,
    { remember: payload.remember, note: payload.note },
    ctx,
  );
  await applyStockEffects(scope, result.effects, ctx.now);
  if (result.mapping) await upsertMappings(scope.tx, [result.mapping], ctx.now);
  saveAll(scope, [result.order], [result.exception]);
  return result.exception.version;
}

async function ignoreOne(
  scope: WriteScope,
  user: StaffUser,
  command: Command,
  ctx: ExceptionContext,
): Promise<number> {
  const payload = parseOrThrow(ignoreExceptionInputSchema, command.payload, 'payload');
  const exception = await loadException(scope, user.storeId, command.targetId);
  const order = await loadOrder(scope, user.storeId, exception.orderId);
  const result = ignoreException(order, exception, payload, ctx);
  saveAll(scope, [result.order], [result.exception]);
  return result.exception.version;
}

async function bulkResolve(
  scope: WriteScope,
  user: StaffUser,
  command: Command,
  ctx: ExceptionContext,
): Promise<number> {
  const payload = parseOrThrow(bulkResolveExceptionsInputSchema, command.payload, 'payload');
  const gtin14 = normalizeGtinOrThrow(payload.gtin, 'gtin');
  const target = await loadException(scope, user.storeId, command.targetId);
  if (target.gtin !== gtin14) {
    throw new DomainError('BAD_INPUT', 'The target exception has another GTIN', {
      issues: [{ path: 'gtin', message: 'Does not match the target exception' }],
    });
  }
  const product = await loadProduct(scope, user.storeId, payload.productId);
  const open = await loadOpenExceptionsByGtin(scope.tx, user.storeId, gtin14, { forUpdate: true });
  if (open.length === 0)
    throw new DomainError('CONFLICT', 'No open exceptions with this GTIN are left', {
      details: { gtin: gtin14 },
    });
  const orders = new Map<string, Order>();
  for (const orderId of [...new Set(open.map((e) => e.orderId))].sort()) {
    const order = await loadOrder(scope, user.storeId, orderId).catch(() => undefined);
    if (order && order.status !== 'cancelled') orders.set(orderId, order);
  }
  const result = bulkResolveByGtin(
    open,
    (id) => orders.get(id),
    gtin14,
    product,
    { remember: payload.remember, note: payload.note },
    ctx,
  );
  const [firstFailure] = result.failed;
  if (result.exceptions.length === 0 && firstFailure)
    throw new DomainError(firstFailure.code, firstFailure.message, {
      details: { exceptionId: firstFailure.exceptionId },
    });
  await applyStockEffects(scope, result.effects, ctx.now);
  await upsertMappings(scope.tx, result.mappings, ctx.now);
  saveAll(scope, result.orders, result.exceptions);
  return result.exceptions.find((e) => e.id === target.id)?.version ?? target.version;
}

function saveAll(
  scope: WriteScope,
  orders: readonly Order[],
  exceptions: readonly OrderItemException[],
): void {
  for (const order of orders) scope.putDoc('orders', order);
  for (const exception of exceptions) scope.putDoc('order_exceptions', exception);
  if (orders.length > 0) scope.touch('orders');
  if (exceptions.length > 0) scope.touch('order_exceptions');
}

async function loadException(scope: WriteScope, storeId: string, id: string): Promise<OrderItemException> {
  const stored = await scope.getDoc<OrderItemException>('order_exceptions', id, { storeId });
  if (!stored || stored.deleted) throw new DomainError('NOT_FOUND', `Exception ${id} not found`);
  return { ...stored.data, version: stored.version };
}

async function loadProduct(scope: WriteScope, storeId: string, id: string): Promise<Product> {
  const stored = await scope.getDoc<Product>('products', id, { storeId });
  if (!stored || stored.deleted)
    throw new DomainError('NOT_FOUND', `Product ${id} not found`, { details: { productId: id } });
  return { ...stored.data, version: stored.version };
}

/** A cancelled order reserves nothing any more, so its items cannot be matched (ignore them instead). */
function assertNotCancelled(order: Order): void {
  if (order.status === 'cancelled') {
    throw new DomainError(
      'CONFLICT',
      `Order #${order.number} is cancelled; ignore its unmatched items instead`,
      { details: { orderId: order.id } },
    );
  }
}
