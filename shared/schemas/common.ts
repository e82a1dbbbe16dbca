import { z } from 'zod';

export const uuidSchema = z.uuid();
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const isoDateSchema = z.iso.date();
/** Integer minor units (cents). */
export const moneySchema = z.number().int();
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 currency code');
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code');

export const addressSchema = z.object({
  name: z.string().trim().min(1).max(200),
  company: z.string().trim().max(200).optional(),
  line1: z.string().trim().min(1).max(200),
  line2: z.string().trim().max(200).optional(),
  postalCode: z.string().trim().min(1).max(20),
  city: z.string().trim().min(1).max(100),
  country: countryCodeSchema,
});
export type Address = z.infer<typeof addressSchema>;

/** VAT categories of products (VAT.md). */
export const vatCategorySchema = z.enum(['standard', 'reduced', 'super_reduced', 'zero']);
export type VatCategory = z.infer<typeof vatCategorySchema>;

export const vatTreatmentSchema = z.enum([
  'domestic',
  'intra_eu_reverse_charge',
  'oss_destination',
  'origin_distance_sale',
  'export',
]);
export type VatTreatment = z.infer<typeof vatTreatmentSchema>;

/** Fields every replicated document carries. */
export const syncedFields = {
  id: uuidSchema,
  storeId: uuidSchema,
  version: z.number().int().nonnegative(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
};
