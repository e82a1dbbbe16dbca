import type { VatTreatment } from '../../schemas/common';
import { exemptionMentions } from '../vat/decide-vat';

export interface LegalMentionsInput {
  vatTreatment: VatTreatment;
  sellerVatNumber: string;
  buyerVatNumber: string | null;
  issueDate: string;
  supplyDate: string;
  /** For a credit note: the invoice it corrects (Art. 219, 226b). */
  corrects?: { number: string; issueDate: string };
}

/** The Art. 226 mentions an invoice of this VAT treatment must carry, in print order. */
export function legalMentionsFor(input: LegalMentionsInput): string[] {
  const mentions: string[] = [];
  if (input.corrects) {
    mentions.push(`Credit note correcting invoice ${input.corrects.number} of ${input.corrects.issueDate}`);
  }
  if (input.vatTreatment === 'intra_eu_reverse_charge') {
    mentions.push(exemptionMentions.reverseCharge, exemptionMentions.intraCommunity);
    mentions.push(`Supplier VAT number: ${input.sellerVatNumber}`);
    mentions.push(`Customer VAT number: ${input.buyerVatNumber ?? ''}`);
  }
  if (input.vatTreatment === 'export') mentions.push(exemptionMentions.export);
  if (!input.corrects && input.supplyDate !== input.issueDate)
    mentions.push(`Date of supply: ${input.supplyDate}`);
  return mentions;
}

/** `date` (YYYY-MM-DD) plus `days` calendar days, computed in UTC so every device agrees. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const utc = Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days);
  return new Date(utc).toISOString().slice(0, 10);
}
