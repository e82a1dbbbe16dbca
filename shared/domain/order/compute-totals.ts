import type { OrderItem, Totals } from '../../schemas/order';
import { roundHalfAwayFromZero } from '../../money';

export interface TotalsLine {
  net: number;
  vatRate: number;
}

/** Per-rate VAT on the summed net of each rate, rounded once per rate (VAT.md). */
export function computeTotals(lines: readonly TotalsLine[]): Totals {
  const netByRate = new Map<number, number>();
  for (const line of lines) netByRate.set(line.vatRate, (netByRate.get(line.vatRate) ?? 0) + line.net);
  const byRate = [...netByRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rate, net]) => ({ rate, net, vat: roundHalfAwayFromZero((net * rate) / 100) }));
  const net = byRate.reduce((sum, row) => sum + row.net, 0);
  const vat = byRate.reduce((sum, row) => sum + row.vat, 0);
  return { net, vat, gross: net + vat, byRate };
}

/** Line amounts for an item: net = unit × quantity; line VAT is indicative, totals are per rate. */
export function computeLineAmounts(
  unitPriceNet: number,
  quantity: number,
  vatRate: number,
): Pick<OrderItem, 'lineNet' | 'lineVat' | 'lineGross'> {
  const lineNet = unitPriceNet * quantity;
  const lineVat = roundHalfAwayFromZero((lineNet * vatRate) / 100);
  return { lineNet, lineVat, lineGross: lineNet + lineVat };
}

/** Order totals from its items plus shipping (taxed at the highest item rate, a common EU practice). */
export function computeOrderTotals(
  items: readonly Pick<OrderItem, 'lineNet' | 'product'>[],
  shippingCostNet: number,
): Totals {
  const lines: TotalsLine[] = items.map((item) => ({ net: item.lineNet, vatRate: item.product.vatRate }));
  if (shippingCostNet > 0) {
    const rate = Math.max(0, ...items.map((item) => item.product.vatRate));
    lines.push({ net: shippingCostNet, vatRate: rate });
  }
  return computeTotals(lines);
}
