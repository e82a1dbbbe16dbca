import { z } from 'zod';
import { addressSchema, countryCodeSchema, currencySchema, uuidSchema } from '../../../schemas/common';
import { productSchema } from '../../../schemas/product';
import { shippingMethodSchema } from '../../../schemas/shipping-method';
import { checkoutInputSchema } from '../../../schemas/storefront';

/** The seller's side of pricing: country, currency, OSS position, VAT-inclusive catalog prices. */
export const sellerContextSchema = z.object({
  storeId: uuidSchema,
  country: countryCodeSchema,
  currency: currencySchema,
  ossRegistered: z.boolean(),
  distanceSalesThresholdExceeded: z.boolean(),
  pricesIncludeVat: z.boolean(),
});
export type SellerContext = z.infer<typeof sellerContextSchema>;

/**
 * What a manual-order command reads besides its own fields. The device fills it from its replicated
 * copy (to show the result at once); the server replaces it with its own data before running the
 * command, so prices, stock, numbers and the invoice state always come from the server.
 */
export const orderPricingContextSchema = z.object({
  seller: sellerContextSchema,
  /** The catalog products the command names (current price, VAT category, weight, stock). */
  products: z.array(productSchema).max(200),
  shippingMethod: shippingMethodSchema.nullable(),
  /** The final order number, handed out by the server; null on the device. */
  number: z.string().min(1).max(40).nullable(),
  /** Whether the order has an issued invoice (items then change only through a credit note). */
  invoiced: z.boolean(),
});
export type OrderPricingContext = z.infer<typeof orderPricingContextSchema>;

const quantitySchema = z.number().int().min(1).max(1000);

/** `order.create_manual`: a back-office order (or a draft of one), the checkout's shape without payment. */
export const createManualOrderPayloadSchema = z.object({
  draft: z.boolean(),
  /** The existing customer this order is for, or null for a new or guest buyer. */
  customerId: uuidSchema.nullable(),
  customer: checkoutInputSchema.shape.customer,
  billingAddress: addressSchema,
  shippingAddress: addressSchema,
  shippingMethodId: uuidSchema,
  items: z
    .array(z.object({ productId: uuidSchema, quantity: quantitySchema }))
    .min(1)
    .max(100),
  notes: z.string().max(5000),
  tags: z.array(z.string().trim().min(1).max(50)).max(20),
  context: orderPricingContextSchema,
});
export type CreateManualOrderPayload = z.infer<typeof createManualOrderPayloadSchema>;

/** One line of the item list after an edit: an existing item (by id) or a new catalog product. */
export const editedItemSchema = z.union([
  z.object({ itemId: uuidSchema, quantity: quantitySchema }),
  z.object({ productId: uuidSchema, quantity: quantitySchema }),
]);
export type EditedItem = z.infer<typeof editedItemSchema>;

/** `order.edit_items`: the order's complete item list after the edit (items left out are removed). */
export const editOrderItemsPayloadSchema = z.object({
  items: z.array(editedItemSchema).min(1).max(100),
  context: orderPricingContextSchema,
});
export type EditOrderItemsPayload = z.infer<typeof editOrderItemsPayloadSchema>;

/** `order.confirm_draft`: places a draft (final number, stock reserved). */
export const confirmDraftPayloadSchema = z.object({ context: orderPricingContextSchema });
export type ConfirmDraftPayload = z.infer<typeof confirmDraftPayloadSchema>;
