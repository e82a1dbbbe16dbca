import type { VatCategory, VatTreatment } from '../../schemas/common';
import type { CustomerType } from '../../schemas/customer';
import { vatRateFor } from './eu-vat-rates';
import { isEuCountry } from './is-eu-country';
import type { EuCountry } from './is-eu-country';
import { validateVatNumber } from './vat-number';

export interface VatDecisionInput {
  /** Country where the seller is established (must be an EU country). */
  sellerCountry: string;
  /** Country the goods go to (the buyer's country for the decision tree). */
  buyerCountry: string;
  buyerType: CustomerType;
  buyerVatNumber?: string | null | undefined;
  /** The store is registered for the One-Stop-Shop (OSS). */
  ossRegistered: boolean;
  /** EU-wide distance sales exceeded EUR 10,000 this or last calendar year. */
  distanceSalesThresholdExceeded: boolean;
  category: VatCategory;
}

export const exemptionMentions = {
  reverseCharge: 'Reverse charge',
  intraCommunity: 'Exempt intra-Community supply – Art. 138 Directive 2006/112/EC',
  export: 'Export – exempt, Art. 146 Directive 2006/112/EC',
} as const;

export interface VatDecision {
  /** Which branch of the decision tree applied (recorded on orders and invoices). */
  treatment: VatTreatment;
  /** Percent, e.g. 20 or 5.5. */
  rate: number;
  /** Country whose rate applies; null when the supply is exempt (0 % by exemption). */
  countryOfRate: string | null;
  /** Legal mentions the invoice must carry for this branch. */
  mentions: string[];
  /** The buyer's normalised VAT number when it was used (reverse charge). */
  buyerVatNumber?: string;
}

/** Chooses VAT treatment and rate by the EU decision tree of VAT.md (seller established in the EU). */
export function decideVat(input: VatDecisionInput): VatDecision {
  const { sellerCountry, buyerCountry, category } = input;
  if (!isEuCountry(sellerCountry)) {
    throw new RangeError(`Seller country ${sellerCountry} is not an EU member state`);
  }
  if (!isEuCountry(buyerCountry)) {
    return { treatment: 'export', rate: 0, countryOfRate: null, mentions: [exemptionMentions.export] };
  }
  if (buyerCountry === sellerCountry) return taxedAt('domestic', sellerCountry, category);
  const reverseCharge = reverseChargeDecision(input, buyerCountry);
  if (reverseCharge) return reverseCharge;
  if (input.ossRegistered || input.distanceSalesThresholdExceeded) {
    return taxedAt('oss_destination', buyerCountry, category);
  }
  return taxedAt('origin_distance_sale', sellerCountry, category);
}

function taxedAt(treatment: VatTreatment, country: EuCountry, category: VatCategory): VatDecision {
  return { treatment, rate: vatRateFor(country, category), countryOfRate: country, mentions: [] };
}

/** Reverse charge when a B2B buyer has a VAT number of valid format for their own country. */
function reverseChargeDecision(input: VatDecisionInput, buyerCountry: EuCountry): VatDecision | null {
  if (input.buyerType !== 'b2b' || !input.buyerVatNumber) return null;
  const check = validateVatNumber(input.buyerVatNumber, buyerCountry);
  if (!check.valid) return null;
  return {
    treatment: 'intra_eu_reverse_charge',
    rate: 0,
    countryOfRate: null,
    mentions: [exemptionMentions.reverseCharge, exemptionMentions.intraCommunity],
    buyerVatNumber: check.normalized,
  };
}
