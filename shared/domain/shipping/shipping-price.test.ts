import { describe, expect, it } from 'vitest';
import type { PriceRule } from '../../schemas/shipping-method';
import { shippingPrice, summarizePriceRule } from './shipping-price';

const bands: PriceRule = {
  kind: 'weight_bands',
  bands: [
    { upToGrams: 10000, amount: 790 },
    { upToGrams: 2000, amount: 490 },
    { upToGrams: 31500, amount: 1290 },
  ],
};

describe('shippingPrice', () => {
  it('charges a flat amount whatever the cart', () => {
    expect(shippingPrice({ kind: 'flat', amount: 2490 }, { subtotalNet: 0, weightGrams: 99999 })).toBe(2490);
  });

  it('is free from the threshold on, inclusive, and charged below it', () => {
    const rule: PriceRule = { kind: 'free_above', amount: 590, freeFromSubtotal: 10000 };
    expect(shippingPrice(rule, { subtotalNet: 9999, weightGrams: 1 })).toBe(590);
    expect(shippingPrice(rule, { subtotalNet: 10000, weightGrams: 1 })).toBe(0);
  });

  it('picks the smallest weight band that holds the cart, whatever the band order', () => {
    expect(shippingPrice(bands, { subtotalNet: 0, weightGrams: 0 })).toBe(490);
    expect(shippingPrice(bands, { subtotalNet: 0, weightGrams: 2000 })).toBe(490);
    expect(shippingPrice(bands, { subtotalNet: 0, weightGrams: 2001 })).toBe(790);
    expect(shippingPrice(bands, { subtotalNet: 0, weightGrams: 31500 })).toBe(1290);
  });

  it('cannot ship a cart heavier than the last band', () => {
    expect(shippingPrice(bands, { subtotalNet: 0, weightGrams: 31501 })).toBeNull();
  });
});

describe('summarizePriceRule', () => {
  it('gives the lowest price and the weight limit of bands', () => {
    expect(summarizePriceRule(bands)).toEqual({
      kind: 'weight_bands',
      fromAmount: 490,
      freeFromSubtotal: null,
      maxWeightGrams: 31500,
    });
  });

  it('gives the free threshold of free_above', () => {
    expect(summarizePriceRule({ kind: 'free_above', amount: 590, freeFromSubtotal: 10000 })).toEqual({
      kind: 'free_above',
      fromAmount: 590,
      freeFromSubtotal: 10000,
      maxWeightGrams: null,
    });
  });
});
