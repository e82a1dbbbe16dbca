import type { VatTreatment } from '../../schemas/common';
import { formatInvoiceDate, legalTexts, type InvoiceLanguage } from './invoice-texts';

export interface LegalMentionsInput {
  vatTreatment: VatTreatment;
  sellerVatNumber: string;
  buyerVatNumber: string | null;
  issueDate: string;
  supplyDate: string;
  /** For a credit note: the invoice it corrects (Art. 219, 226b). */
  corrects?: { number: string; issueDate: string };
  language?: InvoiceLanguage;
}

/** The Art. 226 mentions an invoice of this VAT treatment must carry, in print order and language. */
export function legalMentionsFor(input: LegalMentionsInput): string[] {
  const language = input.language ?? 'en';
  const texts = legalTexts[language];
  const date = (iso: string): string => formatInvoiceDate(iso, language);
  const mentions: string[] = [];
  if (input.corrects) mentions.push(texts.corrects(input.corrects.number, date(input.corrects.issueDate)));
  if (input.vatTreatment === 'intra_eu_reverse_charge') {
    mentions.push(texts.reverseCharge, texts.intraCommunity);
    mentions.push(`${texts.supplierVat}: ${input.sellerVatNumber}`);
    mentions.push(`${texts.customerVat}: ${input.buyerVatNumber ?? ''}`);
  }
  if (input.vatTreatment === 'export') mentions.push(texts.export);
  if (!input.corrects && input.supplyDate !== input.issueDate)
    mentions.push(`${texts.supplyDate}: ${date(input.supplyDate)}`);
  return mentions;
}
