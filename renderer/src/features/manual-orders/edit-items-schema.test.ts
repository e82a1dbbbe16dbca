import { describe, expect, it } from 'vitest';
import { makeOrder } from '../../../../shared/domain/invoicing/invoice-test-fixtures';
import { editOrderItemsPayloadSchema } from '../../../../shared/domain/order/manual/manual-order-schemas';
import { draftIssueSentences } from '../orders/draft-issue-test-sentences';
import { linesOf } from './edit-items-form';
import { editItemsSchema } from './edit-items-schema';
import { testPricingContext, testProduct } from './manual-order-test-context';

const order = makeOrder();
const context = testPricingContext([testProduct(4)]);

describe('edit items schema', () => {
  it('yields the order.edit_items payload the shared schema gives', () => {
    const [first, second] = linesOf(order);
    if (!first || !second) throw new Error('fixture has two items');
    const lines = [
      { ...first, quantity: 3 },
      { key: 'new', itemId: null, productId: testProduct(4).id, quantity: 1 },
    ];
    const result = editItemsSchema(order, context).safeParse({ lines });
    if (!result.success) throw new Error(JSON.stringify(result.error.issues));
    expect(result.data).toEqual(
      editOrderItemsPayloadSchema.parse({
        items: [
          { itemId: first.itemId, quantity: 3 },
          { productId: testProduct(4).id, quantity: 1 },
        ],
        context,
      }),
    );
  });

  it('puts a quantity that is not a whole number on its row, in German and English', () => {
    const lines = linesOf(order).map((line, index) => (index === 1 ? { ...line, quantity: 1.5 } : line));
    const result = editItemsSchema(order, context).safeParse({ lines });
    if (result.success) throw new Error('expected a refusal');
    expect(draftIssueSentences(result.error.issues, 'en')).toEqual({
      'lines.1.quantity': 'Row 2: “Quantity” must be a whole number.',
    });
    expect(draftIssueSentences(result.error.issues, 'de')['lines.1.quantity']).toMatch(/^Zeile 2: /);
  });

  it('refuses an unchanged list and an empty one', () => {
    const unchanged = editItemsSchema(order, context).safeParse({ lines: linesOf(order) });
    expect(unchanged.error?.issues.map(({ path, message }) => [path.join('.'), message])).toEqual([
      ['root', 'nothingChanged'],
    ]);
    const empty = editItemsSchema(order, context).safeParse({ lines: [] });
    expect(empty.error?.issues.map(({ path }) => path.join('.'))).toEqual(['root']);
  });
});
