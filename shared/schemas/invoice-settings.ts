import { z } from 'zod';
import { addressSchema, isoDateTimeSchema, uuidSchema } from './common';
import { defaultStoreTimeZone, isValidTimeZone } from '../dates/store-date';

export const autoInvoiceTriggerSchema = z.enum(['on_payment', 'on_shipment', 'manual']);
export type AutoInvoiceTrigger = z.infer<typeof autoInvoiceTriggerSchema>;

/** IBAN: country code, check digits, up to 30 alphanumerics (stored without spaces). */
export const ibanSchema = z
  .string()
  .transform((value) => value.replace(/\s/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/, 'IBAN'));
export const bicSchema = z
  .string()
  .transform((value) => value.replace(/\s/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/, 'BIC'));

export const bankDetailsSchema = z.object({
  bankName: z.string().trim().max(100).optional(),
  iban: ibanSchema,
  bic: bicSchema,
});
export type BankDetails = z.infer<typeof bankDetailsSchema>;

/** Invoice series prefix; `CN` is reserved for credit notes. */
export const invoicePrefixSchema = z
  .string()
  .regex(/^[A-Z0-9]{1,8}$/, 'Upper-case letters and digits, at most 8')
  .refine((prefix) => prefix !== 'CN', 'CN is reserved for credit notes');

/** Per-store invoice and VAT settings (PRODUCT.md §3); the seller block of each invoice is copied from here. */
export const storeInvoiceSettingsSchema = z.object({
  storeId: uuidSchema,
  legalName: z.string().trim().min(1).max(200),
  address: addressSchema,
  /** The seller's own VAT number, mandatory on every invoice (Art. 226 (3)). */
  vatNumber: z.string().trim().min(4).max(20),
  companyRegistrationId: z.string().trim().max(60).nullable(),
  bankDetails: bankDetailsSchema.nullable(),
  invoicePrefix: invoicePrefixSchema,
  paymentTermsDays: z.number().int().min(0).max(365),
  footerText: z.string().max(500),
  /** Optional logo as a PNG or JPEG data URL. */
  logo: z
    .string()
    .regex(/^data:image\/(?:png|jpeg);base64,/, 'PNG or JPEG data URL')
    .max(700_000)
    .nullable(),
  /** BCP 47 language of invoice documents, e.g. `en`, `de`, `fr-BE`. */
  language: z.string().regex(/^[a-z]{2}(?:-[A-Z]{2})?$/),
  pricesIncludeVat: z.boolean(),
  /** IANA time zone of the store: invoice dates and the OSS calendar year are store-local. */
  timeZone: z.string().refine(isValidTimeZone, 'Unknown time zone').default(defaultStoreTimeZone),
  ossRegistered: z.boolean(),
  distanceSalesThresholdExceeded: z.boolean(),
  autoInvoiceTrigger: autoInvoiceTriggerSchema,
  version: z.number().int().nonnegative(),
  updatedAt: isoDateTimeSchema,
});
export type StoreInvoiceSettings = z.infer<typeof storeInvoiceSettingsSchema>;

/** What an admin may change (`PUT /api/v1/admin/invoice-settings`; the rest is kept by the server). */
export const invoiceSettingsInputSchema = storeInvoiceSettingsSchema.omit({
  storeId: true,
  version: true,
  updatedAt: true,
});
export type InvoiceSettingsInput = z.infer<typeof invoiceSettingsInputSchema>;

/** The store's EU distance sales this calendar year against the OSS threshold (computed by the server). */
export const distanceSalesStatusSchema = z.object({
  /** Calendar year in the store's time zone. */
  year: z.number().int(),
  /** Net EU cross-border B2C sales this year, cents (EUR). */
  netCents: z.number().int(),
  /** The threshold, cents: EUR 10,000. */
  thresholdCents: z.number().int(),
  /** below < 80 % ≤ warning ≤ threshold < crossed (also crossed by last year's sales or the manual flag). */
  state: z.enum(['below', 'warning', 'crossed']),
});
export type DistanceSalesStatus = z.infer<typeof distanceSalesStatusSchema>;

/** GET invoice-settings: the settings plus the OSS threshold status (added field, older clients ignore it). */
export const invoiceSettingsResponseSchema = storeInvoiceSettingsSchema.extend({
  distanceSales: distanceSalesStatusSchema,
});
export type InvoiceSettingsResponse = z.infer<typeof invoiceSettingsResponseSchema>;
