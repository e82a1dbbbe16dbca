import { roundHalfAwayFromZero } from '../../money';

/** Net cents of a VAT-inclusive amount: gross / (1 + rate), rounded half away from zero (VAT.md). */
export function netFromGross(gross: number, ratePercent: number): number {
  // Scaled to integers (rate × 100 covers rates like 5.5 and 25.5) to avoid binary fractions.
  const rateBasisPoints = Math.round(ratePercent * 100);
  return roundHalfAwayFromZero((gross * 10_000) / (10_000 + rateBasisPoints));
}

/** Net of one line priced VAT-inclusive: the line's gross (unit × quantity) converted once, per line. */
export function lineNetFromGross(unitPriceGross: number, quantity: number, ratePercent: number): number {
  return netFromGross(unitPriceGross * quantity, ratePercent);
}

/** VAT-inclusive unit price shown next to a net one (display only; totals stay per rate). */
export function grossFromNet(net: number, ratePercent: number): number {
  return net + roundHalfAwayFromZero((net * ratePercent) / 100);
}

/**
 * Net whose VAT (rounded per rate) makes exactly `gross` when such a net exists, else the VAT.md
 * conversion. Used where a fixed gross must be met, e.g. a refunded amount on a credit note.
 */
export function netMatchingGross(gross: number, ratePercent: number): number {
  const base = netFromGross(gross, ratePercent);
  for (const candidate of [base, base - 1, base + 1]) {
    if (grossFromNet(candidate, ratePercent) === gross) return candidate;
  }
  return base;
}
