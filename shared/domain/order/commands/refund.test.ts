import { describe, expect, it } from 'vitest';
import type { Order } from '../../../schemas/order';
import { makeItem, makeOrder } from '../../invoicing/invoice-test-fixtures';
import { refundableAmount } from '../refund-amounts';
import { runOrderCommand } from '../run-order-command';
import { makeCommandContext } from './command-test-context';
import { domainFailure } from './domain-failure';

const lamp = { ...makeItem(1, 'Brass desk lamp', 4990, 2, 20), quantityShipped: 2 };
const book = makeItem(2, 'Art book', 2500, 1, 5.5);
const paid = makeOrder({
  items: [lamp, book],
  status: 'partially_shipped',
  fulfillmentStatus: 'partially_fulfilled',
});
let sequence = 0;

function refund(
  order: Order,
  payload: Record<string, unknown>,
  permissions = makeCommandContext().actor.permissions,
) {
  sequence += 1;
  return runOrderCommand({
    order,
    type: 'order.refund',
    payload: {
      refundId: `0190a000-0000-7001-8000-${sequence.toString(16).padStart(12, '0')}`,
      reason: 'Damaged',
      ...payload,
    },
    ctx: makeCommandContext(permissions),
  });
}

describe('order.refund', () => {
  it('refunds one item: value pro rata, quantity refunded, restock of a shipped unit', () => {
    const { order, effects } = refund(paid, {
      items: [{ orderItemId: lamp.id, quantity: 1 }],
      restock: true,
    });
    expect(order.items[0]?.quantityRefunded).toBe(1);
    expect(order.refunds?.[0]).toMatchObject({
      amount: Math.round(lamp.lineGross / 2),
      providerReference: null,
      restock: true,
    });
    expect(order.paymentStatus).toBe('partially_refunded');
    expect(effects).toEqual([{ kind: 'stock.restock', lines: [{ productId: lamp.productId, quantity: 1 }] }]);
    expect(order.events.at(-1)?.type).toBe('refunded');
    expect(order.events.at(-1)?.data).toMatchObject({ creditNoteRequired: true });
  });

  it('does not restock units that never shipped, nor without the flag', () => {
    expect(refund(paid, { items: [{ orderItemId: book.id, quantity: 1 }], restock: true }).effects).toEqual(
      [],
    );
    expect(refund(paid, { items: [{ orderItemId: lamp.id, quantity: 1 }] }).effects).toEqual([]);
  });

  it('refunds an amount; the rest of the payment makes it refunded', () => {
    const first = refund(paid, { amount: 1000 }).order;
    expect(first.paymentStatus).toBe('partially_refunded');
    expect(refundableAmount(first)).toBe(paid.totals.gross - 1000);
    const rest = refund(first, { amount: paid.totals.gross - 1000 }).order;
    expect(rest.paymentStatus).toBe('refunded');
    expect(refundableAmount(rest)).toBe(0);
  });

  it('never refunds more than paid minus refunded', () => {
    const first = refund(paid, { amount: paid.totals.gross - 10 }).order;
    const error = domainFailure(() => refund(first, { amount: 11 }));
    expect(error.code).toBe('BUSINESS_RULE');
    expect(error.details).toMatchObject({ rule: 'over_refund', refundable: 10 });
  });

  it('refuses more units than remain unrefunded', () => {
    const once = refund(paid, { items: [{ orderItemId: book.id, quantity: 1 }] }).order;
    expect(
      domainFailure(() => refund(once, { items: [{ orderItemId: book.id, quantity: 1 }] })).details,
    ).toMatchObject({ rule: 'over_refund', refundable: 0 });
  });

  it('refuses unpaid orders, empty refunds, duplicates and users without orders.refund', () => {
    expect(
      domainFailure(() => refund(makeOrder({ paymentStatus: 'unpaid' }), { amount: 100 })).details,
    ).toMatchObject({ rule: 'not_paid' });
    expect(domainFailure(() => refund(paid, {})).code).toBe('BAD_INPUT');
    const payload = { refundId: '0190a000-0000-7001-8000-0000000000ff', reason: 'x', amount: 5 };
    const once = runOrderCommand({
      order: paid,
      type: 'order.refund',
      payload,
      ctx: makeCommandContext(),
    }).order;
    expect(
      domainFailure(() =>
        runOrderCommand({ order: once, type: 'order.refund', payload, ctx: makeCommandContext() }),
      ).code,
    ).toBe('CONFLICT');
    expect(domainFailure(() => refund(paid, { amount: 5 }, ['orders.view', 'orders.edit'])).code).toBe(
      'FORBIDDEN',
    );
  });
});
