import { z } from 'zod';
import {
  addressSchema,
  countryCodeSchema,
  currencySchema,
  isoDateSchema,
  isoDateTimeSchema,
  moneySchema,
  uuidSchema,
  vatCategorySchema,
  vatTreatmentSchema,
} from './common';
import { buyerReferenceSchema, customerTypeSchema } from './customer';
import { bankDetailsSchema } from './invoice-settings';

export const invoiceKindSchema = z.enum(['invoice', 'credit_note']);
export type InvoiceKind = z.infer<typeof invoiceKindSchema>;

/** Seller as it stood in the store's invoice settings when the invoice was issued. */
export const invoiceSellerSchema = z.object({
  legalName: z.string().min(1).max(200),
  address: addressSchema,
  vatNumber: z.string().min(1).max(20),
  companyRegistrationId: z.string().max(60).nullable(),
  bankDetails: bankDetailsSchema.nullable(),
});
export type InvoiceSeller = z.infer<typeof invoiceSellerSchema>;

/** Buyer as recorded on the order (billing address) when the invoice was issued. */
export const invoiceBuyerSchema = z.object({
  name: z.string().min(1).max(200),
  email: z.string().max(320).nullable(),
  type: customerTypeSchema,
  address: addressSchema,
  vatNumber: z.string().max(20).nullable(),
  /** BT-10 (Leitweg-ID for German public buyers); absent on invoices issued before it existed. */
  buyerReference: buyerReferenceSchema.optional(),
  /** Where the goods went (order shipping address, BG-15); absent on older invoices. */
  deliveryAddress: addressSchema.optional(),
});
export type InvoiceBuyer = z.infer<typeof invoiceBuyerSchema>;

/** One invoice line; on a credit note quantity and line net are negative, the unit price is not. */
export const invoiceLineSchema = z.object({
  /** null for lines that are not order items (shipping, an amount-only refund). */
  orderItemId: uuidSchema.nullable(),
  kind: z.enum(['item', 'shipping', 'adjustment']),
  description: z.string().min(1).max(300),
  sku: z.string().max(64).nullable(),
  gtin: z.string().max(14).nullable(),
  quantity: z.number().int(),
  unitPriceNet: moneySchema,
  vatRate: z.number().min(0).max(100),
  vatCategory: vatCategorySchema.nullable(),
  lineNet: moneySchema,
});
export type InvoiceLine = z.infer<typeof invoiceLineSchema>;

export const invoiceVatBreakdownRowSchema = z.object({
  rate: z.number().min(0).max(100),
  net: moneySchema,
  vat: moneySchema,
});
export type InvoiceVatBreakdownRow = z.infer<typeof invoiceVatBreakdownRowSchema>;

export const invoiceTotalsSchema = z.object({ net: moneySchema, vat: moneySchema, gross: moneySchema });
export type InvoiceTotals = z.infer<typeof invoiceTotalsSchema>;

/** An issued invoice or credit note: an immutable snapshot, rendered to PDF as is (PRODUCT.md §3, §6). */
export const invoiceSchema = z
  .object({
    id: uuidSchema,
    storeId: uuidSchema,
    orderId: uuidSchema,
    orderNumber: z.string().min(1).max(40),
    kind: invoiceKindSchema,
    correctsInvoiceId: uuidSchema.nullable(),
    /** Number of the corrected invoice, printed on the credit note (Art. 226b). */
    correctsInvoiceNumber: z.string().max(60).nullable(),
    /** Issue date of the corrected invoice (BT-26); absent on credit notes issued before it existed. */
    correctsInvoiceIssueDate: isoDateSchema.optional(),
    number: z.string().min(1).max(60),
    series: z.string().min(1).max(50),
    sequence: z.number().int().positive(),
    issueDate: isoDateSchema,
    supplyDate: isoDateSchema,
    dueDate: isoDateSchema,
    paymentTermsDays: z.number().int().min(0).max(365),
    seller: invoiceSellerSchema,
    buyer: invoiceBuyerSchema,
    currency: currencySchema,
    lines: z.array(invoiceLineSchema).min(1),
    vatBreakdown: z.array(invoiceVatBreakdownRowSchema).min(1),
    totals: invoiceTotalsSchema,
    /**
     * Amount already paid when the invoice was issued (BT-113): the order's gross when it was paid
     * before invoicing (then the invoice says so instead of asking for payment); 0 otherwise.
     * Defaults to 0 for invoices stored before the field existed.
     */
    paidAmount: moneySchema.default(0),
    /** Which branch of the VAT decision tree applied. */
    vatTreatment: vatTreatmentSchema,
    /** Country whose VAT rates apply; null for exempt supplies (reverse charge, export). */
    vatCountry: countryCodeSchema.nullable(),
    legalMentions: z.array(z.string().min(1).max(300)),
    reason: z.string().max(500).nullable(),
    footerText: z.string().max(500),
    language: z.string().min(2).max(5),
    deviceId: z.string().min(1).max(100),
    createdAt: isoDateTimeSchema,
  })
  .refine((invoice) => (invoice.kind === 'credit_note') === (invoice.correctsInvoiceId !== null), {
    message: 'A credit note references the invoice it corrects; an invoice references none',
    path: ['correctsInvoiceId'],
  });
export type Invoice = z.infer<typeof invoiceSchema>;
