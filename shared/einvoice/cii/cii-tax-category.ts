import { DomainError } from '../../errors';
import type { VatTreatment } from '../../schemas/common';
import { exemptionMentions } from '../../domain/vat/decide-vat';

/** EN 16931 VAT category codes (UNCL5305) used by Order Desk. */
export type CiiVatCategoryCode = 'S' | 'Z' | 'K' | 'G';

export interface CiiTaxCategory {
  code: CiiVatCategoryCode;
  rate: number;
  /** BT-120 / BT-121: required for exempt categories, forbidden for S and Z. */
  exemption: { reason: string; code: string } | null;
}

/**
 * The EN 16931 VAT category of a line or breakdown row from the invoice's VAT treatment and rate:
 * - intra-EU B2B supply of goods (Art. 138) → K "intra-community supply", VATEX-EU-IC;
 * - export outside the EU (Art. 146) → G, VATEX-EU-G;
 * - taxed supplies (domestic, OSS destination, origin distance sale) → S at the rate, or Z at 0 %.
 * The Order Desk sells goods, so its reverse charge is the intra-community supply K, not AE (which is
 * for domestic reverse charge and B2B services under Art. 196).
 */
export function ciiTaxCategory(treatment: VatTreatment, rate: number): CiiTaxCategory {
  switch (treatment) {
    case 'intra_eu_reverse_charge':
      assertZeroRate(treatment, rate);
      return {
        code: 'K',
        rate: 0,
        exemption: {
          reason: `${exemptionMentions.intraCommunity} (${exemptionMentions.reverseCharge})`,
          code: 'VATEX-EU-IC',
        },
      };
    case 'export':
      assertZeroRate(treatment, rate);
      return { code: 'G', rate: 0, exemption: { reason: exemptionMentions.export, code: 'VATEX-EU-G' } };
    case 'domestic':
    case 'oss_destination':
    case 'origin_distance_sale':
      return { code: rate === 0 ? 'Z' : 'S', rate, exemption: null };
  }
}

function assertZeroRate(treatment: VatTreatment, rate: number): void {
  if (rate !== 0) {
    throw new DomainError('BUSINESS_RULE', `A ${treatment} invoice cannot carry VAT at ${rate} %`, {
      details: { reason: 'treatment_rate_mismatch', treatment, rate },
    });
  }
}
