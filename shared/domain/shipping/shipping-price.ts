import type { PriceRule } from '../../schemas/shipping-method';

/** What a price rule looks at: the cart's net subtotal (minor units) and total weight. */
export interface ShippingCart {
  subtotalNet: number;
  weightGrams: number;
}

/** The shipping cost (net, minor units) of a cart under `rule`, or null when the rule cannot ship it (too heavy). */
export function shippingPrice(rule: PriceRule, cart: ShippingCart): number | null {
  switch (rule.kind) {
    case 'flat':
      return rule.amount;
    case 'free_above':
      return cart.subtotalNet >= rule.freeFromSubtotal ? 0 : rule.amount;
    case 'weight_bands': {
      const bands = [...rule.bands].sort((a, b) => a.upToGrams - b.upToGrams);
      return bands.find((band) => cart.weightGrams <= band.upToGrams)?.amount ?? null;
    }
  }
}

/** Facts a storefront shows about a rule: lowest price, free threshold, weight limit. */
export interface PriceRuleSummary {
  kind: PriceRule['kind'];
  fromAmount: number;
  freeFromSubtotal: number | null;
  maxWeightGrams: number | null;
}

/** Summarises a price rule for display without a cart. */
export function summarizePriceRule(rule: PriceRule): PriceRuleSummary {
  switch (rule.kind) {
    case 'flat':
      return { kind: rule.kind, fromAmount: rule.amount, freeFromSubtotal: null, maxWeightGrams: null };
    case 'free_above':
      return {
        kind: rule.kind,
        fromAmount: rule.amount,
        freeFromSubtotal: rule.freeFromSubtotal,
        maxWeightGrams: null,
      };
    case 'weight_bands':
      return {
        kind: rule.kind,
        fromAmount: Math.min(...rule.bands.map((band) => band.amount)),
        freeFromSubtotal: null,
        maxWeightGrams: Math.max(...rule.bands.map((band) => band.upToGrams)),
      };
  }
}
