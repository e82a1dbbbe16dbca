import { describe, expect, it } from 'vitest';
import { newId } from '../../ids';
import { DomainError } from '../../errors';
import { orderSchema } from '../../schemas/order';
import { orderItemExceptionSchema } from '../../schemas/order-exception';
import { assertNoOpenExceptions, ignoreException, resolveException } from './exception-commands';
import { actor, makeContext, makeImportedOrder, makeProduct, storeId } from './test-fixtures';

function catchError(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const tea = makeProduct({
  gtin: '00036000291452',
  sku: 'TEA-EG',
  name: 'Earl Grey',
  vatCategory: 'reduced',
  priceNet: 399,
});

describe('resolveException', () => {
  it('matches the item to the product, keeps the marketplace price and reserves stock', () => {
    const { order, exception } = makeImportedOrder();
    const ctx = makeContext();
    const result = resolveException(order, exception, tea, { remember: false, note: 'same tea' }, ctx);
    const item = result.order.items.find((entry) => entry.id === exception.orderItemId);
    expect(item?.productId).toBe(tea.id);
    expect(item?.product).toEqual({
      name: 'Earl Grey',
      gtin: '00036000291452',
      sku: 'TEA-EG',
      unitPriceNet: 450,
      vatRate: 7,
      vatCategory: 'reduced',
    });
    expect(result.order.openExceptionCount).toBe(0);
    expect(result.order.version).toBe(order.version + 1);
    expect(result.order.events.at(-1)).toMatchObject({
      type: 'exception_resolved',
      userId: actor.id,
      commandId: ctx.commandId,
    });
    expect(orderSchema.parse(result.order)).toEqual(result.order);
    expect(result.exception).toMatchObject({
      status: 'resolved',
      version: 1,
      updatedAt: ctx.now,
      resolution: {
        kind: 'manual',
        productId: tea.id,
        by: actor.id,
        byName: actor.name,
        at: ctx.now,
        note: 'same tea',
        remembered: false,
      },
    });
    expect(orderItemExceptionSchema.parse(result.exception)).toEqual(result.exception);
    expect(result.effects).toEqual([{ kind: 'stock.reserve', lines: [{ productId: tea.id, quantity: 3 }] }]);
    expect(result.mapping).toBeNull();
  });

  it('recomputes line amounts and totals with the VAT rate of the chosen product', () => {
    const { order, exception } = makeImportedOrder();
    const result = resolveException(
      order,
      exception,
      tea,
      { remember: false },
      makeContext({ vatRateFor: () => 19 }),
    );
    const item = result.order.items.find((entry) => entry.id === exception.orderItemId);
    expect(item).toMatchObject({ lineNet: 1350, lineVat: 257, lineGross: 1607 });
    expect(result.order.totals.byRate).toEqual([{ rate: 19, net: 4250, vat: 808 }]);
  });

  it('returns a mapping to remember when asked', () => {
    const { order, exception } = makeImportedOrder();
    const result = resolveException(order, exception, tea, { remember: true }, makeContext());
    expect(result.mapping).toEqual({
      storeId,
      marketplace: 'amazon',
      gtin: '00036000291452',
      productId: tea.id,
      createdBy: actor.id,
    });
    expect(result.exception.resolution?.remembered).toBe(true);
  });

  it('refuses to resolve twice (CONFLICT)', () => {
    const { order, exception } = makeImportedOrder();
    const first = resolveException(order, exception, tea, { remember: false }, makeContext());
    const error = catchError(() =>
      resolveException(first.order, first.exception, tea, { remember: false }, makeContext()),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('already resolved');
  });

  it('refuses a product of another store and an exception of another order', () => {
    const { order, exception } = makeImportedOrder();
    const foreign = makeProduct({ storeId: newId() });
    expect(
      catchError(() => resolveException(order, exception, foreign, { remember: false }, makeContext())).code,
    ).toBe('BAD_INPUT');
    const other = { ...exception, orderId: newId() };
    expect(
      catchError(() => resolveException(order, other, tea, { remember: false }, makeContext())).code,
    ).toBe('BAD_INPUT');
  });
});

describe('ignoreException', () => {
  it('takes the item out of fulfilment with a reason and keeps totals', () => {
    const { order, exception } = makeImportedOrder();
    const ctx = makeContext();
    const result = ignoreException(order, exception, { reason: ' discontinued ' }, ctx);
    const item = result.order.items.find((entry) => entry.id === exception.orderItemId);
    expect(item).toMatchObject({ productId: null, quantity: 3, quantityCancelled: 3 });
    expect(result.order.totals).toEqual(order.totals);
    expect(result.order.openExceptionCount).toBe(0);
    expect(result.exception).toMatchObject({
      status: 'ignored',
      resolution: { kind: 'manual', reason: 'discontinued', by: actor.id, at: ctx.now },
    });
    expect(orderItemExceptionSchema.parse(result.exception)).toEqual(result.exception);
    expect(result.effects).toEqual([]);
    expect(result.order.events.at(-1)?.type).toBe('exception_ignored');
    expect(() => assertNoOpenExceptions(result.order, 'ship')).not.toThrow();
  });

  it('requires a reason and an open exception', () => {
    const { order, exception } = makeImportedOrder();
    const error = catchError(() => ignoreException(order, exception, { reason: '  ' }, makeContext()));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.issues?.[0]?.path).toBe('reason');
    const done = ignoreException(order, exception, { reason: 'gone' }, makeContext());
    expect(
      catchError(() => ignoreException(done.order, done.exception, { reason: 'again' }, makeContext())).code,
    ).toBe('CONFLICT');
  });
});

describe('assertNoOpenExceptions', () => {
  it('blocks shipping and invoicing with a clear message', () => {
    const { order } = makeImportedOrder();
    const twoOpen = { ...order, openExceptionCount: 2 };
    const error = catchError(() => assertNoOpenExceptions(twoOpen, 'ship'));
    expect(error.code).toBe('BUSINESS_RULE');
    expect(error.message).toBe(
      'Order #1042 has 2 unresolved marketplace items; resolve them in the exception queue before shipping',
    );
    expect(catchError(() => assertNoOpenExceptions(order, 'invoice')).message).toBe(
      'Order #1042 has 1 unresolved marketplace item; resolve them in the exception queue before invoicing',
    );
  });

  it('counts unmatched items even if the counter was not kept', () => {
    const { order } = makeImportedOrder();
    expect(() => assertNoOpenExceptions({ ...order, openExceptionCount: 0 }, 'ship')).toThrow(DomainError);
  });

  it('passes once everything is resolved', () => {
    const { order, exception } = makeImportedOrder();
    const result = resolveException(order, exception, tea, { remember: false }, makeContext());
    expect(() => assertNoOpenExceptions(result.order, 'invoice')).not.toThrow();
  });
});
