import { describe, expect, it } from 'vitest';
import type { OrderItem } from '../../schemas/order';
import { makeTestOrder } from '../order/order-test-fixtures';
import { buildPickList } from './build-pick-list';

const tent = makeTestOrder(1).items[0] as OrderItem;
function item(
  n: number,
  sku: string,
  productId: string | null,
  quantity: number,
  extra: Partial<OrderItem> = {},
): OrderItem {
  return {
    ...tent,
    id: `0190a000-0000-7000-8001-0000000000${String(n).padStart(2, '0')}`,
    productId,
    product: { ...tent.product, sku, name: `Product ${sku}` },
    quantity,
    ...extra,
  };
}
const pA10 = '0190a000-0000-7000-8000-00000000a010';
const pA2 = '0190a000-0000-7000-8000-00000000a002';
const pB1 = '0190a000-0000-7000-8000-00000000b001';
const pNone = '0190a000-0000-7000-8000-00000000ffff';
const products = [
  { id: pA10, location: 'A-10-1' },
  { id: pA2, location: 'A-2-1' },
  { id: pB1, location: 'B-1-1' },
  { id: pNone },
];

describe('buildPickList', () => {
  it('sums units per SKU over the batch and walks the shelves in natural location order, unknown locations last', () => {
    const first = makeTestOrder(1, { items: [item(1, 'S-A10', pA10, 2), item(2, 'S-NONE', pNone, 1)] });
    const second = makeTestOrder(2, {
      items: [item(3, 'S-A10', pA10, 3), item(4, 'S-B1', pB1, 1), item(5, 'S-A2', pA2, 4)],
    });
    const list = buildPickList([first, second], products);
    expect(list.lines.map((line) => [line.location, line.sku, line.quantity, line.orderNumbers])).toEqual([
      ['A-2-1', 'S-A2', 4, ['1002']],
      ['A-10-1', 'S-A10', 5, ['1001', '1002']],
      ['B-1-1', 'S-B1', 1, ['1002']],
      [null, 'S-NONE', 1, ['1001']],
    ]);
    expect(list.totalUnits).toBe(11);
    expect(list.orderNumbers).toEqual(['1001', '1002']);
  });

  it('counts only units still to ship (shipped and cancelled excluded) and drops finished lines', () => {
    const order = makeTestOrder(3, {
      items: [
        item(1, 'S-A10', pA10, 5, { quantityShipped: 2, quantityCancelled: 1 }),
        item(2, 'S-B1', pB1, 1, { quantityShipped: 1 }),
      ],
    });
    const list = buildPickList([order], products);
    expect(list.lines.map((line) => [line.sku, line.quantity])).toEqual([['S-A10', 2]]);
  });

  it('keeps unmatched marketplace items (no product) without a location', () => {
    const order = makeTestOrder(4, { items: [item(1, 'MP-1', null, 1)] });
    expect(buildPickList([order], products).lines[0]?.location).toBeNull();
  });
});
