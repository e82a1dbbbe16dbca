import type { CustomerType } from '../../schemas/customer';
import type { OrderItem, Totals } from '../../schemas/order';
import type { Product } from '../../schemas/product';
import type { PriceRule } from '../../schemas/shipping-method';
import type { VatTreatment } from '../../schemas/common';
import { DomainError } from '../../errors';
import { computeOrderTotals } from '../order/compute-totals';
import { decideVat } from '../vat/decide-vat';
import { shippingPrice } from '../shipping/shipping-price';
import { catalogLineAmounts } from './catalog-line-amounts';

export interface CheckoutPricingInput {
  sellerCountry: string;
  destinationCountry: string;
  customer: { type: CustomerType; vatNumber?: string | undefined };
  ossRegistered: boolean;
  distanceSalesThresholdExceeded: boolean;
  /** The store's invoice settings say catalog prices include VAT (the product's price is gross). */
  pricesIncludeVat?: boolean;
  lines: readonly { product: Product; quantity: number }[];
  shippingRule: PriceRule;
  newId: () => string;
}

export interface CheckoutPricing {
  items: OrderItem[];
  shippingCost: number;
  totals: Totals;
  vatTreatment: VatTreatment;
  /** Gross amount to charge, in minor units. */
  amountDue: number;
}

/**
 * Prices a cart from catalog products (never client prices): VAT by the decision tree per item
 * category, shipping by the method's rule on the net subtotal and total weight, totals per rate.
 */
export function priceCheckout(input: CheckoutPricingInput): CheckoutPricing {
  let vatTreatment: VatTreatment = 'domestic';
  const items = input.lines.map(({ product, quantity }): OrderItem => {
    const decision = decideVat({
      sellerCountry: input.sellerCountry,
      buyerCountry: input.destinationCountry,
      buyerType: input.customer.type,
      buyerVatNumber: input.customer.vatNumber,
      ossRegistered: input.ossRegistered,
      distanceSalesThresholdExceeded: input.distanceSalesThresholdExceeded,
      category: product.vatCategory,
    });
    vatTreatment = decision.treatment;
    const { unitPriceNet, ...amounts } = catalogLineAmounts({
      product,
      quantity,
      decision,
      sellerCountry: input.sellerCountry,
      pricesIncludeVat: input.pricesIncludeVat ?? false,
    });
    return {
      id: input.newId(),
      productId: product.id,
      product: {
        name: product.name,
        ...(product.gtin ? { gtin: product.gtin } : {}),
        sku: product.sku,
        unitPriceNet,
        vatRate: decision.rate,
        vatCategory: product.vatCategory,
      },
      quantity,
      quantityShipped: 0,
      quantityCancelled: 0,
      quantityRefunded: 0,
      ...amounts,
    };
  });
  const subtotalNet = items.reduce((sum, item) => sum + item.lineNet, 0);
  const weightGrams = input.lines.reduce((sum, line) => sum + line.product.weightGrams * line.quantity, 0);
  const shippingCost = shippingPrice(input.shippingRule, { subtotalNet, weightGrams });
  if (shippingCost === null) {
    throw new DomainError('BUSINESS_RULE', `The shipping method cannot carry ${weightGrams} g`, {
      details: { weightGrams },
    });
  }
  const totals = computeOrderTotals(items, shippingCost);
  return { items, shippingCost, totals, vatTreatment, amountDue: totals.gross };
}
