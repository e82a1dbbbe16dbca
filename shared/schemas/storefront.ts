import { z } from 'zod';
import { addressSchema, countryCodeSchema, isoDateTimeSchema, moneySchema, uuidSchema } from './common';
import { buyerReferenceSchema, customerTypeSchema } from './customer';
import { orderSchema } from './order';
import { priceRuleSchema } from './shipping-method';

export const customerRegisterInputSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(8, 'At least 8 characters').max(200),
  name: z.string().trim().min(1).max(200),
});

export const customerLoginInputSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});

/** A storefront customer as the storefront sees it (never the password hash). */
export const storeCustomerSchema = z.object({
  id: uuidSchema,
  email: z.email(),
  name: z.string(),
  type: customerTypeSchema,
  createdAt: isoDateTimeSchema,
});
export type StoreCustomer = z.infer<typeof storeCustomerSchema>;

export const customerAuthResultSchema = z.object({ token: z.string(), customer: storeCustomerSchema });

/** A shipping method offered for a destination country, with its price rule explained. */
export const shippingOfferSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  carrier: z.string(),
  currency: z.string(),
  priceRule: priceRuleSchema,
  fromAmount: moneySchema,
  freeFromSubtotal: moneySchema.nullable(),
  maxWeightGrams: z.number().int().nullable(),
});

export const checkoutInputSchema = z.object({
  items: z
    .array(z.object({ productId: uuidSchema, quantity: z.number().int().min(1).max(1000) }))
    .min(1)
    .max(100),
  customer: z.object({
    email: z.email().max(254),
    name: z.string().trim().min(1).max(200),
    type: customerTypeSchema,
    vatNumber: z.string().trim().min(1).max(20).optional(),
    buyerReference: buyerReferenceSchema.optional(),
  }),
  billingAddress: addressSchema,
  shippingAddress: addressSchema,
  shippingMethodId: uuidSchema,
  payment: z.object({ provider: z.literal('test'), token: z.string().min(1).max(200) }),
});
export type CheckoutInput = z.infer<typeof checkoutInputSchema>;

/** An order as its customer sees it: no internal notes, tags, staff history or exception counts. */
export const customerOrderSchema = orderSchema.omit({
  notes: true,
  tags: true,
  events: true,
  statusBeforeHold: true,
  openExceptionCount: true,
  marketplace: true,
  externalId: true,
});
export type CustomerOrder = z.infer<typeof customerOrderSchema>;

export const storePaymentStatusSchema = z.enum([
  'requires_action',
  'authorized',
  'captured',
  'cancelled',
  'refunded',
]);

export const storePaymentSchema = z.object({
  id: uuidSchema,
  orderId: uuidSchema,
  status: storePaymentStatusSchema,
  amount: moneySchema,
  currency: z.string(),
});
export type StorePayment = z.infer<typeof storePaymentSchema>;

export const checkoutResultSchema = z.object({
  order: customerOrderSchema,
  payment: storePaymentSchema,
});

export const shippingCountryQuerySchema = z.object({ country: countryCodeSchema });
