import type { OrderItem } from '../../schemas/order';
import type { Product } from '../../schemas/product';
import { roundHalfAwayFromZero } from '../../money';
import { computeLineAmounts } from '../order/compute-totals';
import { decideVat, type VatDecision } from '../vat/decide-vat';
import { lineNetFromGross, netFromGross } from '../vat/vat-inclusive-prices';

type LineAmounts = Pick<OrderItem, 'lineNet' | 'lineVat' | 'lineGross'> & { unitPriceNet: number };

/** The seller's own rate for the product's category (what a VAT-inclusive catalog price contains). */
function domesticRate(sellerCountry: string, product: Product): number {
  return decideVat({
    sellerCountry,
    buyerCountry: sellerCountry,
    buyerType: 'b2c',
    ossRegistered: false,
    distanceSalesThresholdExceeded: false,
    category: product.vatCategory,
  }).rate;
}

/**
 * Net, VAT and gross of one cart line from the catalog price. With `pricesIncludeVat` the catalog
 * price is gross: a taxed sale converts it per line with the applied rate (VAT.md rounding), so the
 * consumer pays the price shown; an exempt sale (export, intra-EU reverse charge) takes the price
 * minus the seller country's VAT, the same net a domestic sale has.
 */
export function catalogLineAmounts(input: {
  product: Product;
  quantity: number;
  decision: VatDecision;
  sellerCountry: string;
  pricesIncludeVat: boolean;
}): LineAmounts {
  const { product, quantity, decision } = input;
  if (!input.pricesIncludeVat)
    return {
      unitPriceNet: product.priceNet,
      ...computeLineAmounts(product.priceNet, quantity, decision.rate),
    };
  const includedRate =
    decision.countryOfRate === null ? domesticRate(input.sellerCountry, product) : decision.rate;
  const lineNet = lineNetFromGross(product.priceNet, quantity, includedRate);
  const lineVat = roundHalfAwayFromZero((lineNet * decision.rate) / 100);
  return {
    unitPriceNet: netFromGross(product.priceNet, includedRate),
    lineNet,
    lineVat,
    lineGross: lineNet + lineVat,
  };
}
