import { z } from 'zod';
import { addressSchema, currencySchema, isoDateTimeSchema, moneySchema } from './common';
import { customerTypeSchema } from './customer';
import { marketplaceNameSchema } from './order-exception';

/** Limits that keep one import request bounded (larger feeds are split by the connector). */
export const feedLimits = {
  ordersPerFeed: 1000,
  itemsPerOrder: 500,
  quantityPerItem: 100_000,
  /** 10 million in major units: anything above is a unit mistake, not a price. */
  unitPrice: 1_000_000_000,
} as const;

/**
 * A GTIN as the marketplace sent it. Only its shape is checked here; length and check digit are
 * verified by `validFeedOrderSchema` (shared/domain/exceptions/feed-validation.ts), which imports use.
 */
export const feedGtinSchema = z.string().trim().min(1, 'GTIN is empty').max(32);

export const feedItemSchema = z.object({
  gtin: feedGtinSchema,
  title: z.string().trim().min(1).max(300),
  quantity: z.number().int().positive().max(feedLimits.quantityPerItem),
  /** Net unit price in minor units of the order currency (what the marketplace charged, before VAT). */
  unitPrice: moneySchema.nonnegative().max(feedLimits.unitPrice),
  vatRate: z.number().min(0).max(100).optional(),
});
export type FeedItem = z.infer<typeof feedItemSchema>;

export const feedCustomerSchema = z.object({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(200),
  type: customerTypeSchema.optional(),
  vatNumber: z.string().trim().min(1).max(20).optional(),
});
export type FeedCustomer = z.infer<typeof feedCustomerSchema>;

export const feedOrderSchema = z.object({
  externalId: z.string().trim().min(1).max(120),
  customer: feedCustomerSchema,
  billingAddress: addressSchema,
  shippingAddress: addressSchema,
  currency: currencySchema.optional(),
  /** When the buyer placed the order on the marketplace. */
  createdAt: isoDateTimeSchema.optional(),
  shippingCost: moneySchema.nonnegative().max(feedLimits.unitPrice).optional(),
  items: z.array(feedItemSchema).min(1).max(feedLimits.itemsPerOrder),
});
export type FeedOrder = z.infer<typeof feedOrderSchema>;
export type FeedOrderInput = z.input<typeof feedOrderSchema>;

/** A whole feed, every order validated (all-or-nothing parse). */
export const marketplaceFeedSchema = z.object({
  marketplace: marketplaceNameSchema,
  orders: z.array(feedOrderSchema).min(1).max(feedLimits.ordersPerFeed),
});
export type MarketplaceFeed = z.infer<typeof marketplaceFeedSchema>;

/**
 * The feed envelope with orders left unparsed, for imports that accept the valid orders and report
 * the invalid ones (each order is then parsed on its own; see buildImportedOrder).
 */
export const marketplaceFeedEnvelopeSchema = z.object({
  marketplace: marketplaceNameSchema,
  orders: z.array(z.unknown()).min(1).max(feedLimits.ordersPerFeed),
});
export type MarketplaceFeedEnvelope = z.infer<typeof marketplaceFeedEnvelopeSchema>;
