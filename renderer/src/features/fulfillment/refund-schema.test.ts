import { describe, expect, it } from 'vitest';
import { makeItem, makeOrder } from '../../../../shared/domain/invoicing/invoice-test-fixtures';
import { itemRefundValue, refundableAmount } from '../../../../shared/domain/order/refund-amounts';
import de from '../../i18n/locales/de/fulfillment';
import en from '../../i18n/locales/en/fulfillment';
import { emptyRefundDraft, refundDraftSchema, refundProblemOf, type RefundDraft } from './refund-schema';

const lamp = { ...makeItem(1, 'Brass desk lamp', 4990, 2, 20), quantityShipped: 2 };
const book = makeItem(2, 'Art book', 2500, 1, 5.5);
const order = makeOrder({ items: [lamp, book] });
const draft = (overrides: Partial<RefundDraft>): RefundDraft => ({ ...emptyRefundDraft, ...overrides });

describe('refund dialog', () => {
  it('refunds the chosen units with their table rows, restock and the trimmed reason', () => {
    const parsed = refundDraftSchema(order).parse(
      draft({ quantities: { [lamp.id]: 0, [book.id]: 1 }, restock: false, reason: '  Damaged  ' }),
    );
    expect(parsed).toEqual({
      mode: 'items',
      amount: itemRefundValue(book, 1),
      items: [{ orderItemId: book.id, quantity: 1 }],
      rows: [2],
      restock: false,
      reason: 'Damaged',
    });
  });

  it('refunds a typed amount in minor units and never restocks then', () => {
    const parsed = refundDraftSchema(order).parse(
      draft({ mode: 'amount', amountText: '19,90', quantities: { [book.id]: 1 }, reason: 'Goodwill' }),
    );
    expect(parsed).toMatchObject({
      mode: 'amount',
      amount: 1990,
      items: [],
      restock: false,
      reason: 'Goodwill',
    });
  });

  it('names the first missing piece as the disabled reason, in order', () => {
    expect(refundProblemOf(order, draft({ reason: 'x' }))).toEqual({
      field: 'quantities',
      problem: 'needItems',
    });
    expect(refundProblemOf(order, draft({ mode: 'amount', amountText: '  ' }))?.problem).toBe('needAmount');
    expect(refundProblemOf(order, draft({ mode: 'amount', amountText: 'abc' }))).toEqual({
      field: 'amountText',
      problem: 'amountInvalid',
    });
    expect(refundProblemOf(order, draft({ mode: 'amount', amountText: '0' }))?.problem).toBe('amountInvalid');
    const tooMuch = ((refundableAmount(order) + 1) / 100).toFixed(2);
    expect(refundProblemOf(order, draft({ mode: 'amount', amountText: tooMuch, reason: 'x' }))?.problem).toBe(
      'amountTooHigh',
    );
    expect(refundProblemOf(order, draft({ quantities: { [lamp.id]: 1 }, reason: '   ' }))).toEqual({
      field: 'reason',
      problem: 'needReason',
    });
    expect(refundProblemOf(order, draft({ quantities: { [lamp.id]: 1 }, reason: 'Broken' }))).toBeUndefined();
  });

  it('has every problem sentence in both languages', () => {
    for (const problem of [
      'needItems',
      'needAmount',
      'amountInvalid',
      'amountTooHigh',
      'needReason',
    ] as const) {
      expect(de.refundDialog[problem]).toMatch(/\.$/);
      expect(en.refundDialog[problem]).toMatch(/\.$/);
    }
  });
});
