import { z } from 'zod';
import { uuidSchema, countryCodeSchema, currencySchema, addressSchema } from './common';

export const storeSchema = z.object({
  id: uuidSchema,
  name: z.string().min(1).max(200),
  /** Short code used in invoice series and order numbers. */
  code: z.string().regex(/^[A-Z0-9]{2,8}$/),
  country: countryCodeSchema,
  currency: currencySchema,
  address: addressSchema,
  vatNumber: z.string().max(20).nullable(),
});
export type Store = z.infer<typeof storeSchema>;
