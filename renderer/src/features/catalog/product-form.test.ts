import { describe, expect, it } from 'vitest';
import type { Product } from '../../../../shared/schemas/product';
import { changeOf, draftOf, parsePrice, productDraftSchema } from './product-form';

const product: Product = {
  id: '0190b6a0-0000-7000-8000-000000000001',
  storeId: '0190b6a0-0000-7000-8000-000000000002',
  sku: 'TENT-2',
  name: 'Tent',
  priceNet: 12999,
  vatCategory: 'standard',
  weightGrams: 2000,
  stock: { onHand: 10, reserved: 2, available: 8 },
  version: 4,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('catalog editor', () => {
  it('parses prices with comma or point, refuses junk', () => {
    expect(parsePrice('12,50')).toBe(1250);
    expect(parsePrice('0.1')).toBe(10);
    expect(parsePrice('129.99')).toBe(12999);
    expect(parsePrice('-1')).toBeUndefined();
    expect(parsePrice('1.234')).toBeUndefined();
  });

  it('sends only what changed, with the version it saw', () => {
    const draft = { ...draftOf(product), price: '119,99', stockDelta: '-2', reason: 'Broken in storage' };
    expect(changeOf(product, draft)).toEqual({
      expectedVersion: 4,
      priceNet: 11999,
      stockAdjustment: { delta: -2, reason: 'Broken in storage' },
    });
  });

  it('asks for a reason with every stock change and refuses an empty change', () => {
    expect(changeOf(product, { ...draftOf(product), stockDelta: '3' })).toEqual({ problem: 'reason' });
    expect(changeOf(product, { ...draftOf(product), stockDelta: '1.5', reason: 'x' })).toEqual({
      problem: 'stockDelta',
    });
    expect(changeOf(product, draftOf(product))).toEqual({ problem: 'nothing' });
  });

  it('checks the change with the server’s schema and puts each problem on its field', () => {
    const schema = productDraftSchema(product);
    const issues = (draft: ReturnType<typeof draftOf>) =>
      (schema.safeParse(draft).error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues({ ...draftOf(product), name: ' ' })).toEqual([['name', 'name']]);
    expect(issues({ ...draftOf(product), name: 'x'.repeat(301) })).toEqual([['name', 'name']]);
    expect(issues({ ...draftOf(product), price: '12,999' })).toEqual([['price', 'price']]);
    expect(issues({ ...draftOf(product), stockDelta: '2' })).toEqual([['reason', 'reason']]);
    expect(issues(draftOf(product))).toEqual([['root', 'nothing']]);
    expect(schema.parse({ ...draftOf(product), name: ' Tent XL ' })).toEqual({
      expectedVersion: 4,
      name: 'Tent XL',
    });
  });
});
