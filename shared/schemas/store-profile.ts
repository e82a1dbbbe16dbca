import { z } from 'zod';
import { addressSchema, currencySchema, isoDateTimeSchema } from './common';

/** Whether `value` names a time zone of the IANA database that this runtime knows (`Europe/Berlin`, `UTC`). */
export function isIanaTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isIanaTimeZone, 'An IANA time zone, e.g. Europe/Berlin');

/**
 * What an admin sets on the store profile (`PUT /api/v1/admin/store`): the company behind the store.
 * The seller block of the invoice settings (legal name, address, VAT ID, OSS) follows it.
 */
export const storeProfileInputSchema = z.object({
  /** Trading name shown in the app. */
  name: z.string().trim().min(1).max(200),
  /** Registered company name (invoices). */
  legalName: z.string().trim().min(1).max(200),
  address: addressSchema,
  /** EU VAT identification number (with country prefix), null when the store has none. */
  vatId: z
    .string()
    .trim()
    .transform((value) => value.replace(/\s/g, '').toUpperCase())
    .pipe(
      z.string().regex(/^[A-Z]{2}[A-Z0-9+*]{2,13}$/, 'A VAT ID with its country prefix, e.g. DE123456789'),
    )
    .nullable(),
  /** National tax number (e.g. German Steuernummer), null when not given. */
  taxNumber: z.string().trim().min(1).max(40).nullable(),
  currency: currencySchema,
  timezone: timeZoneSchema,
  /** Registered for the EU One-Stop-Shop (destination-country VAT on EU distance sales). */
  ossRegistered: z.boolean(),
});
export type StoreProfileInput = z.infer<typeof storeProfileInputSchema>;

/** The store profile as the admin API returns it. `completedAt` is null until an admin saved it once (first-run setup). */
export const storeProfileSchema = storeProfileInputSchema.extend({
  id: z.uuid(),
  /** Short code in invoice series and order numbers (set when the store was created). */
  code: z.string(),
  /** Seller country for VAT, the country of the address. */
  country: z.string(),
  completedAt: isoDateTimeSchema.nullable(),
  updatedAt: isoDateTimeSchema.nullable(),
});
export type StoreProfile = z.infer<typeof storeProfileSchema>;
