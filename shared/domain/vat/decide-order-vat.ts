import type { VatCategory, VatTreatment } from '../../schemas/common';
import type { Order, OrderItem } from '../../schemas/order';
import { computeLineAmounts, computeOrderTotals } from '../order/compute-totals';
import { decideVat } from './decide-vat';
import { allRatesOf, vatRateFor } from './eu-vat-rates';
import { isEuCountry } from './is-eu-country';

/** The store's side of the VAT decision (seller country and OSS position). */
export interface StoreVatContext {
  sellerCountry: string;
  ossRegistered: boolean;
  /** EU-wide distance sales over EUR 10,000 this or last calendar year (tracked, or set by hand). */
  distanceSalesThresholdExceeded: boolean;
}

type VatParties = Pick<Order, 'customer' | 'shippingAddress' | 'items' | 'shippingCost'>;

export interface OrderVat {
  vatTreatment: VatTreatment;
  items: OrderItem[];
  totals: Order['totals'];
}

/**
 * Runs the VAT decision tree for an order (buyer = the country the goods go to, B2B by the customer's
 * VAT number, each item's rate by its category) and reprices every line's VAT and the totals.
 * Net unit prices stay as they are. One function for checkout, manual orders, imports and address edits.
 */
export function decideOrderVat(order: VatParties, store: StoreVatContext): OrderVat {
  let vatTreatment: VatTreatment = 'domestic';
  const items = order.items.map((item): OrderItem => {
    const decision = decideVat({
      sellerCountry: store.sellerCountry,
      buyerCountry: order.shippingAddress.country,
      buyerType: order.customer.type,
      buyerVatNumber: order.customer.vatNumber,
      ossRegistered: store.ossRegistered,
      distanceSalesThresholdExceeded: store.distanceSalesThresholdExceeded,
      category: item.product.vatCategory,
    });
    vatTreatment = decision.treatment;
    return {
      ...item,
      product: { ...item.product, vatRate: decision.rate },
      ...computeLineAmounts(item.product.unitPriceNet, item.quantity, decision.rate),
    };
  });
  return { vatTreatment, items, totals: computeOrderTotals(items, order.shippingCost) };
}

/**
 * The VAT category of a marketplace item that matched no catalog product, guessed from the rate the
 * feed charged: 0 → zero; a reduced rate of the seller's or the buyer's country → reduced; else standard.
 */
export function categoryOfFeedRate(rate: number | undefined, countries: readonly string[]): VatCategory {
  if (rate === undefined) return 'standard';
  if (rate === 0) return 'zero';
  for (const country of countries.filter(isEuCountry)) {
    if (rate === vatRateFor(country, 'standard')) return 'standard';
    if (rate === vatRateFor(country, 'super_reduced') && rate !== vatRateFor(country, 'reduced'))
      return 'super_reduced';
    if (allRatesOf(country).includes(rate)) return 'reduced';
  }
  return 'standard';
}

/**
 * After a change of address (or customer VAT number) of an order not yet shipped or invoiced: the
 * decision tree again, items and totals repriced. Returns the order unchanged when nothing differs,
 * else with the change recorded in `note` for the timeline.
 */
export function redecideOrderVat(
  order: Order,
  store: StoreVatContext,
): { order: Order; note: string | null } {
  const vat = decideOrderVat(order, store);
  const sameRates = vat.items.every(
    (item, index) => item.product.vatRate === order.items[index]?.product.vatRate,
  );
  if (vat.vatTreatment === order.vatTreatment && sameRates) return { order, note: null };
  return {
    order: { ...order, items: vat.items, totals: vat.totals, vatTreatment: vat.vatTreatment },
    note: `VAT decided again for the new address: ${order.vatTreatment} → ${vat.vatTreatment}, total ${order.totals.gross} → ${vat.totals.gross}`,
  };
}
